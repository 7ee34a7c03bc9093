package org.qbank.bank.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.institution.Institutions;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class, properties = "qbank.plan.late-plans=ACCEPT_WITH_REASON")
@Import(MutableClock.Config.class)
class LatePlanIT {

    @Autowired
    BatchService batches;
    @Autowired
    ExamPlanService plans;
    @Autowired
    PlanFilingService filing;
    @Autowired
    Institutions institutions;
    @Autowired
    OccupationService occupations;
    @Autowired
    MutableClock clock;

    @Test
    void whenLatePlansAreAcceptedALatePlanNeedsAReasonAndIsMarkedLate() {
        long institution = PlanFixtures.institution(institutions);
        Actor admin = PlanFixtures.admin(institution);
        BatchView b = PlanScenario.create(batches, plans, admin, institution,
                PlanFixtures.occupation(occupations, institution), "LATE-1", PlanFixtures.china("2026-10-09T09:00"));
        clock.set("2026-09-29T10:00"); // between: 09-30 only, then the 国庆 holiday (10-01..10-07), 10-08

        assertThatThrownBy(() -> filing.submit(admin, SubmitPlan.onTime(b.id())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("之间只有 2 个工作日, 应至少 5 个; 迟报须填写原因");
        ExamPlanView late = filing.submit(admin, new SubmitPlan(b.id(), "考生集中返岗, 考期不能推迟"));

        assertThat(late.batch().state()).isEqualTo(BatchState.SUBMITTED);
        assertThat(late.late()).isTrue();
        assertThat(late.lateReason()).isEqualTo("考生集中返岗, 考期不能推迟");
        assertThat(plans.history(admin, b.id())).singleElement()
                .satisfies(h -> assertThat(h.reason()).isEqualTo("迟报: 考生集中返岗, 考期不能推迟"));
    }
}
