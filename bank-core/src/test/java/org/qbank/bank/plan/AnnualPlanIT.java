package org.qbank.bank.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.springframework.beans.factory.annotation.Autowired;

class AnnualPlanIT extends PlanStorageBase {

    @Autowired
    AnnualPlanService annual;
    @Autowired
    BatchService batches;
    @Autowired
    ExamPlanService plans;
    @Autowired
    PlanFilingService filing;

    @Test
    void theAnnualPlanIsStoredAndGivesTheDemandStillToCome() {
        annual.save(admin, new SaveAnnualPlan(institution, 2026, List.of(
                new PlannedLine(occupation, null, Level.THREE, Subject.THEORY, 6, 18, 480, "每季度两批"),
                new PlannedLine(occupation, null, Level.THREE, Subject.SKILL, 6, 12, 480, null)), null));
        PlanScenario.create(batches, plans, admin, institution, occupation, "Y-1", PlanFixtures.china("2026-12-20T09:00"));
        BatchView cancelled = PlanScenario.create(batches, plans, admin, institution, occupation, "Y-2",
                PlanFixtures.china("2026-12-21T09:00"));
        filing.cancel(admin, cancelled.id(), "场地不可用");

        AnnualPlanView plan = annual.get(admin, institution, 2026).orElseThrow();
        assertThat(plan.totalSessions()).isEqualTo(30);
        assertThat(plan.totalCandidates()).isEqualTo(960);
        assertThat(annual.demand(admin, institution, 2026)).containsExactly(
                new PlannedDemand(occupation, null, Level.THREE, Subject.THEORY, 6, 18, 480, 1),
                new PlannedDemand(occupation, null, Level.THREE, Subject.SKILL, 6, 12, 480, 1));
        assertThat(annual.demand(admin, institution, 2026).get(0).remainingSessions()).isEqualTo(17);
        assertThat(annual.demand(admin, institution, 2027)).isEmpty();
    }

    @Test
    void savingAgainMakesARevisionAndAStaleVersionConflicts() {
        AnnualPlanView first = annual.save(admin, new SaveAnnualPlan(institution, 2026, List.of(
                new PlannedLine(occupation, null, Level.FOUR, Subject.THEORY, 2, 4, 100, null)), null));
        AnnualPlanView second = annual.save(admin, new SaveAnnualPlan(institution, 2026, List.of(
                new PlannedLine(occupation, null, Level.FOUR, Subject.THEORY, 3, 6, 150, null)), first.version()));

        assertThat(second.revision()).isEqualTo(2);
        assertThatThrownBy(() -> annual.save(admin, new SaveAnnualPlan(institution, 2026, List.of(), first.version())))
                .isInstanceOf(ConflictException.class);
        assertThat(annual.get(admin, institution, 2026).orElseThrow().lines()).singleElement()
                .satisfies(l -> assertThat(l.sessions()).isEqualTo(6));
        assertThat(audit.history(admin, institution, "annual_plan", String.valueOf(first.id())))
                .extracting(AuditRecord::entityVersion).containsExactly(1, 2);
    }

    @Test
    void badLinesAreRejectedAndAnotherInstitutionSeesNothing() {
        assertThatThrownBy(() -> new PlannedLine(occupation, null, Level.THREE, Subject.REVIEW, 2, 1, 10, null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).hasSize(2));
        PlannedLine line = new PlannedLine(occupation, null, Level.THREE, Subject.THEORY, 1, 1, 10, null);
        assertThatThrownBy(() -> annual.save(admin, new SaveAnnualPlan(institution, 2026, List.of(line, line), null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("重复出现");
        assertThat(annual.get(admin, institution, 2026)).isEmpty();

        annual.save(admin, new SaveAnnualPlan(institution, 2026, List.of(line), null));
        Actor stranger = PlanFixtures.admin(PlanFixtures.institution(institutions));
        assertThatThrownBy(() -> annual.get(stranger, institution, 2026)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> annual.demand(stranger, institution, 2026)).isInstanceOf(NotFoundException.class);
    }
}
