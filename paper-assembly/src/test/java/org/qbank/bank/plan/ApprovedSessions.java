package org.qbank.bank.plan;

import java.time.Instant;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.springframework.stereotype.Component;

/**
 * Batches taken through filing for paper tests: a compliant 三级 batch with theory sessions T1..Tn, staff with a
 * 督导员, a site with its approval, submitted and approved (optionally started). Filing uses the context's clock,
 * so the first session must lie far enough ahead of it for the working-day deadline. Requires bank-core's test
 * clock in the context (its component scan picks it up).
 */
@Component
public class ApprovedSessions {

    /** When the usual test plan is filed: a Monday, 10:00 in China. */
    public static final Instant FILED = china("2026-03-02T10:00");
    /** The usual first session, 18 days after {@link #FILED} at 09:00 in China: the plan is on time. */
    public static final Instant START = china("2026-03-20T09:00");

    private final BatchService batches;
    private final ExamPlanService plans;
    private final PlanFilingService filing;
    private final MutableClock clock;

    ApprovedSessions(BatchService batches, ExamPlanService plans, PlanFilingService filing, MutableClock clock) {
        this.batches = batches;
        this.clock = clock;
        this.plans = plans;
        this.filing = filing;
    }

    /** An approved batch with {@code count} theory sessions of {@code candidates} each, an hour apart from {@code start}. */
    public BatchView approved(long institution, String occupationCode, Instant start, int count, int candidates) {
        Actor admin = new Actor(21, "kaowu", Set.of(Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN), Set.of(institution));
        BatchView b = batches.create(admin, new CreateBatch(institution, "B" + System.nanoTime(), occupationCode, null,
                Set.of(Level.THREE), Set.of(Subject.THEORY)));
        java.util.List<StaffMember> staff = new java.util.ArrayList<>();
        staff.add(new StaffMember(StaffRole.CHIEF, "王考务", null, "考务负责人证 A-01", null, null, false));
        for (int i = 1; i <= count; i++) {
            batches.addSession(admin, new AddSession(b.id(), new SessionDetails("T" + i, start.plusSeconds(3600L * i - 3600),
                    90, "第" + i + "考场", candidates, Level.THREE, Subject.THEORY)));
            staff.add(StaffMember.proctor("李监考" + i, "T" + i));
            staff.add(StaffMember.proctor("赵监考" + i, "T" + i));
        }
        staff.add(new StaffMember(StaffRole.SUPERVISOR, "郑督导", "DD-2026-009", "质量督导员", null, null, false));
        plans.change(admin, ChangePlan.draft(b.id(), new PlanEdit.SetStaff(staff)));
        plans.change(admin, ChangePlan.draft(b.id(), new PlanEdit.SetSite("职业技能鉴定中心 1 号楼", "省职业技能鉴定中心 批准")));
        filing.submit(admin, SubmitPlan.onTime(b.id()));
        filing.approve(admin, b.id(), "同意");
        return batches.get(admin, b.id());
    }

    /**
     * An approved batch with one 操作技能 session "S1" at {@code start} ({@code minutes} long, {@code candidates}
     * candidates, as many workstations), one examiner group of three with its leader, a 督导员.
     */
    public BatchView approvedSkill(long institution, String occupationCode, Instant start, int minutes, int candidates) {
        return approvedSkillSessions(institution, occupationCode, start, candidates, minutes);
    }

    /**
     * An approved batch with 操作技能 sessions S1..Sn, one per entry of {@code minutes} (its length), four hours
     * apart from {@code start}, each with {@code candidates} candidates and workstations and its own examiner group
     * of three; a 督导员.
     */
    public BatchView approvedSkillSessions(long institution, String occupationCode, Instant start, int candidates,
                                           int... minutes) {
        Actor admin = new Actor(21, "kaowu", Set.of(Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN), Set.of(institution));
        BatchView b = batches.create(admin, new CreateBatch(institution, "K" + System.nanoTime(), occupationCode, null,
                Set.of(Level.THREE), Set.of(Subject.SKILL)));
        java.util.List<StaffMember> staff = new java.util.ArrayList<>();
        staff.add(new StaffMember(StaffRole.CHIEF, "王考务", null, "考务负责人证 A-01", null, null, false));
        for (int i = 1; i <= minutes.length; i++) {
            String code = "S" + i;
            batches.addSession(admin, new AddSession(b.id(), new SessionDetails(code, start.plusSeconds(4 * 3600L * (i - 1)),
                    minutes[i - 1], "实训车间", candidates, Level.THREE, Subject.SKILL).withWorkstations(candidates)));
            staff.add(StaffMember.examiner("钱考评" + (i == 1 ? "" : i), code, "G" + i, true));
            staff.add(StaffMember.examiner("孙考评" + (i == 1 ? "" : i), code, "G" + i, false));
            staff.add(StaffMember.examiner("周考评" + (i == 1 ? "" : i), code, "G" + i, false));
        }
        staff.add(new StaffMember(StaffRole.SUPERVISOR, "郑督导", "DD-2026-009", "质量督导员", null, null, false));
        plans.change(admin, ChangePlan.draft(b.id(), new PlanEdit.SetStaff(staff)));
        plans.change(admin, ChangePlan.draft(b.id(), new PlanEdit.SetSite("职业技能鉴定中心 1 号楼", "省职业技能鉴定中心 批准")));
        filing.submit(admin, SubmitPlan.onTime(b.id()));
        filing.approve(admin, b.id(), "同意");
        return batches.get(admin, b.id());
    }

    /** Moves the test context's clock (bank-core's test clock, shared by every service of the context). */
    public void setNow(Instant at) {
        clock.set(at);
    }

    /** The instant of a local date and time in China, e.g. {@code 2026-03-20T09:00}. */
    public static Instant china(String local) {
        return java.time.LocalDateTime.parse(local).atZone(org.qbank.bank.config.BankCoreConfiguration.ZONE).toInstant();
    }

    public void start(long institution, long batchId) {
        filing.start(new Actor(21, "kaowu", Set.of(Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN), Set.of(institution)), batchId);
    }
}
