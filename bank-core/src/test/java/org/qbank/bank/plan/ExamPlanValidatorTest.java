package org.qbank.bank.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;

class ExamPlanValidatorTest {

    private static final Instant START = Instant.parse("2026-03-10T01:00:00Z");
    private static final String SITE = "长春市人民大街 1 号";

    private final ExamPlanValidator validator = new ExamPlanValidator();

    @Test
    void aCompliantPlanPasses() {
        assertThat(check(List.of(theory("T1", 30, 90)), proctors("T1", 2))).isEmpty();
    }

    @Test
    void durationMustReachTheMinimumOfItsSubject() {
        assertThat(check(List.of(theory("T1", 20, 90)), proctors("T1", 2))).isEmpty();
        assertThat(check(List.of(theory("T1", 20, 89)), proctors("T1", 2)))
                .containsExactly(new PlanViolation("T1", PlanRule.DURATION, "考试时长 89 分钟, 低于标准 90 分钟 (理论知识)"));
        assertThat(rules(check(List.of(skill("S1", 5, 60, 5)), examiners("S1", "一组", 3)))).isEmpty();
        assertThat(rules(check(List.of(skill("S1", 5, 59, 5)), examiners("S1", "一组", 3))))
                .containsExactly(PlanRule.DURATION);
    }

    @Test
    void aTheoryRoomHoldsAtMost30Candidates() {
        assertThat(rules(check(List.of(theory("T1", 30, 90)), proctors("T1", 3)))).isEmpty();
        assertThat(check(List.of(theory("T1", 31, 90)), proctors("T1", 3)))
                .containsExactly(new PlanViolation("T1", PlanRule.ROOM_SIZE, "考场 第一考场 安排考生 31 人, 理论考场不得超过 30 人"));
    }

    @Test
    void proctorsAreOnePer15CandidatesAndAtLeastTwoPerRoom() {
        assertThat(rules(check(List.of(theory("T1", 1, 90)), proctors("T1", 1)))).containsExactly(PlanRule.PROCTORS);
        assertThat(rules(check(List.of(theory("T1", 30, 90)), proctors("T1", 2)))).isEmpty();
        ExamStandard bigRooms = new ExamStandard(90, 60, 30, 15, 2, 45, 5, 3, true);
        assertThat(validator.validate(plan(List.of(theory("T1", 31, 90)), proctors("T1", 3)), SITE, l -> bigRooms)).isEmpty();
        assertThat(validator.validate(plan(List.of(theory("T1", 31, 90)), proctors("T1", 2)), SITE, l -> bigRooms))
                .containsExactly(new PlanViolation("T1", PlanRule.PROCTORS,
                        "监考员 2 人, 应至少 3 人 (考生 31 人, 每 15 人 1 名, 每考场至少 2 名)"));
    }

    @Test
    void skillExaminersAreOnePerFiveCandidates() {
        assertThat(rules(check(List.of(skill("S1", 15, 90, 15)), examiners("S1", "一组", 3)))).isEmpty();
        assertThat(check(List.of(skill("S1", 16, 90, 16)), examiners("S1", "一组", 3)))
                .containsExactly(new PlanViolation("S1", PlanRule.EXAMINERS, "考评员 3 人, 应至少 4 人 (考生 16 人, 每 5 人 1 名)"));
        assertThat(rules(check(List.of(skill("S1", 16, 90, 16)), examiners("S1", "一组", 5)))).isEmpty();
    }

    @Test
    void everyExaminerGroupHasAtLeastThreeAnOddNumberAndOneLeader() {
        assertThat(check(List.of(skill("S1", 5, 90, 5)), examiners("S1", "一组", 2)))
                .containsExactly(new PlanViolation("S1", PlanRule.EXAMINER_GROUP, "考评组 一组 有 2 人, 每组应至少 3 人且为奇数"));
        assertThat(rules(check(List.of(skill("S1", 5, 90, 5)), examiners("S1", "一组", 3)))).isEmpty();
        assertThat(check(List.of(skill("S1", 5, 90, 5)), examiners("S1", "一组", 4)))
                .containsExactly(new PlanViolation("S1", PlanRule.EXAMINER_GROUP, "考评组 一组 有 4 人, 每组应至少 3 人且为奇数"));
        List<StaffMember> noLeader = new ArrayList<>(examiners("S1", "一组", 3));
        noLeader.set(0, StaffMember.examiner("甲", "S1", "一组", false));
        assertThat(check(List.of(skill("S1", 5, 90, 5)), noLeader))
                .containsExactly(new PlanViolation("S1", PlanRule.EXAMINER_GROUP, "考评组 一组 应有 1 名组长, 实有 0 名"));
    }

    @Test
    void aReviewSessionNeedsAnOddPanelOfAtLeastThree() {
        SessionDetails review = new SessionDetails("R1", START, 30, "会议室", 4, Level.TWO, Subject.REVIEW);
        assertThat(rules(check(List.of(review), examiners("R1", "评审组", 3)))).isEmpty();
        assertThat(rules(check(List.of(review), examiners("R1", "评审组", 4)))).containsExactly(PlanRule.EXAMINER_GROUP);
    }

    @Test
    void workstationsMustCoverTheCandidatesOfASkillSession() {
        assertThat(rules(check(List.of(skill("S1", 10, 90, 10)), examiners("S1", "一组", 3)))).isEmpty();
        assertThat(check(List.of(skill("S1", 10, 90, 9)), examiners("S1", "一组", 3)))
                .containsExactly(new PlanViolation("S1", PlanRule.WORKSTATIONS, "工位 9 个, 少于考生 10 人"));
        assertThat(check(List.of(skill("S1", 10, 90, 10).withWorkstations(null)), examiners("S1", "一组", 3)))
                .containsExactly(new PlanViolation("S1", PlanRule.WORKSTATIONS, "未填写工位数"));
    }

    @Test
    void everyBatchHasASupervisorAndAFiledOrApprovedSite() {
        List<SessionDetails> sessions = List.of(theory("T1", 20, 90));
        PlanSnapshot noSupervisor = new PlanSnapshot("B1", Set.of(Level.THREE), Set.of(Subject.THEORY), SITE, null,
                null, sessions, proctors("T1", 2).subList(0, 2));
        assertThat(validator.validate(noSupervisor, SITE, l -> ExamStandard.defaults()))
                .containsExactly(new PlanViolation(null, PlanRule.SUPERVISOR, "批次 B1 没有督导员 (逢评必督)"));
        PlanSnapshot elsewhere = new PlanSnapshot("B1", Set.of(Level.THREE), Set.of(Subject.THEORY), "临时考点", null,
                null, sessions, proctors("T1", 2));
        assertThat(validator.validate(elsewhere, SITE, l -> ExamStandard.defaults())).containsExactly(
                new PlanViolation(null, PlanRule.SITE, "考点 临时考点 不是备案考点 (长春市人民大街 1 号), 须有批准记录"));
        PlanSnapshot approved = new PlanSnapshot("B1", Set.of(Level.THREE), Set.of(Subject.THEORY), "临时考点",
                "省鉴定中心 2026-3 号批复", null, sessions, proctors("T1", 2));
        assertThat(validator.validate(approved, SITE, l -> ExamStandard.defaults())).isEmpty();
    }

    @Test
    void aViolationNamesItsSessionAndRule() {
        Violation v = new PlanViolation("T1", PlanRule.PROCTORS, "监考员 1 人, 应至少 2 人").toViolation();
        assertThat(v.field()).isEqualTo("场次 T1");
        assertThat(v.message()).isEqualTo("[监考人数] 监考员 1 人, 应至少 2 人");
        assertThat(new PlanViolation(null, PlanRule.SUPERVISOR, "x").toViolation().field()).isEqualTo("批次");
    }

    private List<PlanViolation> check(List<SessionDetails> sessions, List<StaffMember> staff) {
        return validator.validate(plan(sessions, staff), SITE, l -> ExamStandard.defaults());
    }

    private static List<PlanRule> rules(List<PlanViolation> violations) {
        return violations.stream().map(PlanViolation::rule).toList();
    }

    static PlanSnapshot plan(List<SessionDetails> sessions, List<StaffMember> staff) {
        return new PlanSnapshot("B1", Set.of(Level.THREE, Level.TWO), Set.of(Subject.THEORY, Subject.SKILL, Subject.REVIEW),
                SITE, null, null, sessions, staff);
    }

    static SessionDetails theory(String code, int candidates, int minutes) {
        return new SessionDetails(code, START, minutes, "第一考场", candidates, Level.THREE, Subject.THEORY);
    }

    static SessionDetails skill(String code, int candidates, int minutes, Integer workstations) {
        return new SessionDetails(code, START, minutes, "实训楼 201", candidates, Level.THREE, Subject.SKILL, null,
                workstations);
    }

    /** {@code n} proctors for the session plus the batch's supervisor. */
    static List<StaffMember> proctors(String session, int n) {
        List<StaffMember> staff = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            staff.add(StaffMember.proctor("监考" + i, session));
        }
        staff.add(StaffMember.of(StaffRole.SUPERVISOR, "督导甲"));
        return staff;
    }

    /** One group of {@code n} examiners (the first leads) plus the batch's supervisor. */
    static List<StaffMember> examiners(String session, String group, int n) {
        List<StaffMember> staff = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            staff.add(StaffMember.examiner("考评" + i, session, group, i == 1));
        }
        staff.add(StaffMember.of(StaffRole.SUPERVISOR, "督导甲"));
        return staff;
    }
}
