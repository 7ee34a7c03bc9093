package org.qbank.bank.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.qbank.bank.common.Level;

/**
 * Checks a 考务方案 against the standard (DOMAIN §6; numbers from {@link ExamStandard}). Per session: duration ≥ the
 * minimum of its subject; 理论知识: ≤ 30 candidates per room, proctors ≥ ⌈candidates / 15⌉ and ≥ 2; 操作技能:
 * examiners ≥ ⌈candidates / 5⌉, every examiner group ≥ 3 and odd with one leader, workstations ≥ candidates;
 * 综合评审: examiner groups ≥ 3 and odd. For the batch: a 督导员, a site, and an approval when the site is not the
 * institution's filed site. Each failure names the session and the rule.
 */
public final class ExamPlanValidator {

    public List<PlanViolation> validate(PlanSnapshot plan, String filedSite, Function<Level, ExamStandard> standards) {
        List<PlanViolation> out = new ArrayList<>();
        if (plan.sessions().isEmpty()) {
            out.add(new PlanViolation(null, PlanRule.SESSIONS, "批次 " + plan.code() + " 没有场次"));
        }
        for (SessionDetails s : plan.sessions()) {
            ExamStandard std = standards.apply(s.level());
            List<StaffMember> staff = plan.staff().stream().filter(m -> s.code().equals(m.sessionCode())).toList();
            checkDuration(s, std, out);
            switch (s.subject()) {
                case THEORY -> checkTheory(s, std, staff, out);
                case SKILL -> checkSkill(s, std, staff, out);
                case REVIEW -> checkGroups(s, std, staff, out);
            }
        }
        if (plan.staff().stream().noneMatch(m -> m.role() == StaffRole.SUPERVISOR)) {
            out.add(new PlanViolation(null, PlanRule.SUPERVISOR, "批次 " + plan.code() + " 没有督导员 (逢评必督)"));
        }
        checkSite(plan, filedSite, out);
        return out;
    }

    private static void checkDuration(SessionDetails s, ExamStandard std, List<PlanViolation> out) {
        int min = switch (s.subject()) {
            case THEORY -> std.minTheoryMinutes();
            case SKILL -> std.minSkillMinutes();
            case REVIEW -> std.minReviewMinutes();
        };
        if (s.durationMinutes() < min) {
            out.add(new PlanViolation(s.code(), PlanRule.DURATION, "考试时长 " + s.durationMinutes() + " 分钟, 低于标准 "
                    + min + " 分钟 (" + s.subject().displayName() + ")"));
        }
    }

    private static void checkTheory(SessionDetails s, ExamStandard std, List<StaffMember> staff,
                                    List<PlanViolation> out) {
        if (s.candidates() > std.maxTheoryRoomCandidates()) {
            out.add(new PlanViolation(s.code(), PlanRule.ROOM_SIZE, "考场 " + s.room() + " 安排考生 " + s.candidates()
                    + " 人, 理论考场不得超过 " + std.maxTheoryRoomCandidates() + " 人"));
        }
        long proctors = staff.stream().filter(m -> m.role() == StaffRole.PROCTOR).count();
        int needed = Math.max(ceilDiv(s.candidates(), std.candidatesPerProctor()), std.minProctorsPerRoom());
        if (proctors < needed) {
            out.add(new PlanViolation(s.code(), PlanRule.PROCTORS, "监考员 " + proctors + " 人, 应至少 " + needed
                    + " 人 (考生 " + s.candidates() + " 人, 每 " + std.candidatesPerProctor() + " 人 1 名, 每考场至少 "
                    + std.minProctorsPerRoom() + " 名)"));
        }
    }

    private static void checkSkill(SessionDetails s, ExamStandard std, List<StaffMember> staff,
                                   List<PlanViolation> out) {
        long examiners = staff.stream().filter(m -> m.role() == StaffRole.EXAMINER).count();
        int needed = ceilDiv(s.candidates(), std.candidatesPerExaminer());
        if (examiners < needed) {
            out.add(new PlanViolation(s.code(), PlanRule.EXAMINERS, "考评员 " + examiners + " 人, 应至少 " + needed
                    + " 人 (考生 " + s.candidates() + " 人, 每 " + std.candidatesPerExaminer() + " 人 1 名)"));
        }
        checkGroups(s, std, staff, out);
        if (s.workstations() == null) {
            out.add(new PlanViolation(s.code(), PlanRule.WORKSTATIONS, "未填写工位数"));
        } else if (s.workstations() < s.candidates()) {
            out.add(new PlanViolation(s.code(), PlanRule.WORKSTATIONS, "工位 " + s.workstations() + " 个, 少于考生 "
                    + s.candidates() + " 人"));
        }
    }

    /** Examiner groups: at least the minimum, odd when required, exactly one leader each. */
    private static void checkGroups(SessionDetails s, ExamStandard std, List<StaffMember> staff,
                                    List<PlanViolation> out) {
        Map<String, List<StaffMember>> groups = new LinkedHashMap<>();
        staff.stream().filter(m -> m.role() == StaffRole.EXAMINER)
                .forEach(m -> groups.computeIfAbsent(m.group() == null ? "未分组" : m.group(), g -> new ArrayList<>()).add(m));
        if (groups.isEmpty()) {
            out.add(new PlanViolation(s.code(), PlanRule.EXAMINER_GROUP, "没有考评组 (每组至少 "
                    + std.minExaminersPerGroup() + " 人" + (std.oddExaminerGroups() ? "且为奇数" : "") + ")"));
        }
        groups.forEach((name, members) -> {
            int n = members.size();
            if (n < std.minExaminersPerGroup() || (std.oddExaminerGroups() && n % 2 == 0)) {
                out.add(new PlanViolation(s.code(), PlanRule.EXAMINER_GROUP, "考评组 " + name + " 有 " + n
                        + " 人, 每组应至少 " + std.minExaminersPerGroup() + " 人" + (std.oddExaminerGroups() ? "且为奇数" : "")));
            }
            long leaders = members.stream().filter(StaffMember::groupLeader).count();
            if (leaders != 1) {
                out.add(new PlanViolation(s.code(), PlanRule.EXAMINER_GROUP, "考评组 " + name + " 应有 1 名组长, 实有 "
                        + leaders + " 名"));
            }
        });
    }

    private static void checkSite(PlanSnapshot plan, String filedSite, List<PlanViolation> out) {
        if (plan.site() == null) {
            out.add(new PlanViolation(null, PlanRule.SITE, "未填写考点"));
        } else if (!plan.site().equals(filedSite == null ? null : filedSite.strip()) && plan.siteApproval() == null) {
            out.add(new PlanViolation(null, PlanRule.SITE, "考点 " + plan.site() + " 不是备案考点"
                    + (filedSite == null ? "" : " (" + filedSite.strip() + ")") + ", 须有批准记录"));
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

}
