package org.qbank.portal.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.plan.AddSession;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.BatchView;
import org.qbank.bank.plan.ChangePlan;
import org.qbank.bank.plan.CreateBatch;
import org.qbank.bank.plan.ExamPlanService;
import org.qbank.bank.plan.PlanEdit;
import org.qbank.bank.plan.PlanFilingService;
import org.qbank.bank.plan.SessionDetails;
import org.qbank.bank.plan.StaffMember;
import org.qbank.bank.plan.StaffRole;
import org.qbank.bank.plan.SubmitPlan;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's approved batches: one 三级 session starting two hours after start-up, so its draw window is open at
 * once. Filed "late" with a reason — the demo profile accepts late plans with a reason; a real plan is filed five
 * working days ahead. The batch code carries the start, so a restart within the same minute finds its batch.
 */
@Component
@Profile("demo")
class DemoBatches {

    private final BatchService batches;
    private final ExamPlanService plans;
    private final PlanFilingService filing;
    private final Clock clock;

    DemoBatches(BatchService batches, ExamPlanService plans, PlanFilingService filing, Clock clock) {
        this.batches = batches;
        this.plans = plans;
        this.filing = filing;
        this.clock = clock;
    }

    /** A batch as seeded: its code and when its one session starts. */
    record Filed(String code, Instant sessionStart) {
    }

    /**
     * The batch {@code codePrefix}-date-time, made unless there: the session {@code session} builds from its
     * start, staffed by the demo 考务负责人 and 督导员 around {@code sessionStaff}, filed by {@code admin} and
     * approved by {@code approver}.
     */
    Filed ensure(long institutionId, Actor admin, Actor approver, String codePrefix,
                 Function<Instant, SessionDetails> session, List<StaffMember> sessionStaff, String lateReason) {
        Instant start = clock.instant().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        String code = codePrefix + LocalDate.ofInstant(start, clock.getZone()).toString().replace("-", "")
                + "-" + LocalTime.ofInstant(start, clock.getZone()).toString().replace(":", "").substring(0, 4);
        Optional<BatchView> existing = batches.list(admin, institutionId).stream()
                .filter(b -> b.code().equals(code)).findFirst();
        if (existing.isPresent()) {
            return new Filed(code, existing.get().sessions().get(0).startsAt());
        }
        SessionDetails details = session.apply(start);
        BatchView batch = batches.create(admin, new CreateBatch(institutionId, code, DemoTree.OCCUPATION_CODE, null,
                Set.of(Level.THREE), Set.of(details.subject())));
        batches.addSession(admin, new AddSession(batch.id(), details));
        List<StaffMember> staff = new ArrayList<>();
        staff.add(new StaffMember(StaffRole.CHIEF, "演示考务负责人", null, "考务负责人", null, null, false));
        staff.addAll(sessionStaff);
        staff.add(new StaffMember(StaffRole.SUPERVISOR, "演示督导员", "DD-DEMO-01", "质量督导员", null, null, false));
        plans.change(admin, ChangePlan.draft(batch.id(), new PlanEdit.SetStaff(staff)));
        plans.change(admin, ChangePlan.draft(batch.id(), new PlanEdit.SetSite(DemoSeeder.FILED_SITE, null)));
        filing.submit(admin, new SubmitPlan(batch.id(), lateReason));
        filing.approve(approver, batch.id(), "演示批次");
        return new Filed(code, start);
    }
}
