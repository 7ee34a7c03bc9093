package org.qbank.bank.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * A compliant batch for storage tests: a 理论知识 session T1 (28 candidates, 90 min, 2 proctors) and a 操作技能
 * session S1 2 hours later (10 candidates, 10 workstations, one group of 3 examiners), a 督导员, the filed site.
 */
final class PlanScenario {

    private PlanScenario() {
    }

    static BatchView create(BatchService batches, ExamPlanService plans, Actor admin, long institution,
                            String occupation, String code, Instant firstStart) {
        BatchView b = batches.create(admin, new CreateBatch(institution, code, occupation, null, Set.of(Level.THREE),
                Set.of(Subject.THEORY, Subject.SKILL)));
        batches.addSession(admin, new AddSession(b.id(),
                new SessionDetails("T1", firstStart, 90, "第一考场", 28, Level.THREE, Subject.THEORY)));
        batches.addSession(admin, new AddSession(b.id(), new SessionDetails("S1", firstStart.plusSeconds(7200), 120,
                "实训楼 201", 10, Level.THREE, Subject.SKILL, null, 10)));
        plans.change(admin, ChangePlan.draft(b.id(), new PlanEdit.SetStaff(staff())));
        plans.change(admin, ChangePlan.draft(b.id(), new PlanEdit.SetSite(PlanFixtures.FILED_SITE, null)));
        return b;
    }

    static List<StaffMember> staff() {
        List<StaffMember> staff = new ArrayList<>();
        staff.add(new StaffMember(StaffRole.CHIEF, "王考务", null, "考务负责人证 A-01", null, null, false));
        staff.add(StaffMember.proctor("李监考", "T1"));
        staff.add(StaffMember.proctor("赵监考", "T1"));
        staff.add(new StaffMember(StaffRole.EXAMINER, "陈考评", "KP-2026-001", "二级/技师", "S1", "一组", true));
        staff.add(new StaffMember(StaffRole.EXAMINER, "周考评", "KP-2026-002", "二级/技师", "S1", "一组", false));
        staff.add(new StaffMember(StaffRole.EXAMINER, "吴考评", "KP-2026-003", "一级/高级技师", "S1", "一组", false));
        staff.add(new StaffMember(StaffRole.SUPERVISOR, "郑督导", "DD-2026-009", "质量督导员", null, null, false));
        return staff;
    }
}
