package org.qbank.bank.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(MutableClock.Config.class)
class ExamPlanIT extends PlanStorageBase {

    @Autowired
    BatchService batches;
    @Autowired
    ExamPlanService plans;
    @Autowired
    PlanFilingService filing;
    @Autowired
    BatchRetention retention;
    @Autowired
    Batches repository;
    @Autowired
    MutableClock clock;

    private BatchView batchOn(String firstSession) {
        return PlanScenario.create(batches, plans, admin, institution, occupation, "B" + System.nanoTime(),
                PlanFixtures.china(firstSession));
    }

    @Test
    void aPlanFiledFiveWorkingDaysAheadAcrossTheSpringFestivalIsOnTime() {
        BatchView b = batchOn("2026-02-26T09:00");
        clock.set("2026-02-11T10:00"); // Wed; between: 02-12, 02-13, make-up Sat 02-14, 02-24, 02-25

        assertThat(filing.deadline(admin, b.id()).workingDaysBetween()).isEqualTo(5);
        ExamPlanView submitted = filing.submit(admin, SubmitPlan.onTime(b.id()));

        assertThat(submitted.batch().state()).isEqualTo(BatchState.SUBMITTED);
        assertThat(submitted.filedOn()).hasToString("2026-02-11");
        assertThat(submitted.late()).isFalse();
        assertThat(plans.history(admin, b.id())).singleElement().satisfies(h -> {
            assertThat(h.number()).isZero();
            assertThat(h.kind()).isEqualTo("报送");
            assertThat(h.changes()).extracting(AmendmentView.FieldChange::path).contains("sessions[T1].candidates");
        });
    }

    @Test
    void aPlanFiledOneWorkingDayLaterIsRefusedAndStaysADraft() {
        BatchView b = batchOn("2026-02-26T09:00");
        clock.set("2026-02-12T10:00");

        assertThatThrownBy(() -> filing.submit(admin, SubmitPlan.onTime(b.id())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("deadline", "报送过迟: 报送日 2026-02-12 与首场考试日 2026-02-26 之间只有 4 个工作日, 应至少 5 个"))); 
        assertThat(plans.plan(admin, b.id()).batch().state()).isEqualTo(BatchState.DRAFT);
        assertThat(plans.history(admin, b.id())).isEmpty();
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDay() {
        BatchView b = batchOn("2026-03-03T09:00");
        clock.set("2026-02-24T10:00"); // between: 02-25, 02-26, 02-27, make-up Sat 02-28, 03-02
        assertThat(filing.deadline(admin, b.id()).onTime()).isTrue();
        clock.set("2026-02-25T10:00");
        assertThat(filing.deadline(admin, b.id()).workingDaysBetween()).isEqualTo(4);
    }

    @Test
    void aPlanBelowTheStandardIsNotSubmittedAndEachFailureNamesSessionAndRule() {
        BatchView b = batchOn("2026-03-20T09:00");
        List<StaffMember> staff = PlanScenario.staff().stream()
                .filter(m -> !m.name().equals("赵监考") && m.role() != StaffRole.SUPERVISOR).toList();
        plans.change(admin, ChangePlan.draft(b.id(), new PlanEdit.SetStaff(staff)));
        clock.set("2026-03-02T10:00");

        assertThat(plans.check(admin, b.id())).extracting(PlanViolation::sessionCode, PlanViolation::rule)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("T1", PlanRule.PROCTORS),
                        org.assertj.core.groups.Tuple.tuple(null, PlanRule.SUPERVISOR));
        assertThatThrownBy(() -> filing.submit(admin, SubmitPlan.onTime(b.id())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactlyInAnyOrder("场次 T1", "批次"));
        assertThat(plans.plan(admin, b.id()).batch().state()).isEqualTo(BatchState.DRAFT);
    }

    @Test
    void afterSubmissionEveryChangeIsARecordedAmendment() {
        BatchView b = batchOn("2026-03-20T09:00");
        clock.set("2026-03-02T10:00");
        filing.submit(admin, SubmitPlan.onTime(b.id()));
        SessionDetails t1 = plans.plan(admin, b.id()).batch().sessions().stream()
                .filter(s -> s.code().equals("T1")).map(s -> new SessionDetails(s.code(), s.startsAt(),
                        s.durationMinutes(), s.room(), s.candidates(), s.level(), s.subject(), s.mode(), s.workstations()))
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> batches.addSession(admin, new AddSession(b.id(),
                new SessionDetails("T2", t1.startsAt(), 90, "第二考场", 10, Level.THREE, Subject.THEORY))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> plans.change(admin, new ChangePlan(b.id(),
                new PlanEdit.UpdateSession("T1", t1.withCandidates(25)), " ")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("变更须填写原因");

        clock.set("2026-03-03T15:30");
        plans.change(admin, new ChangePlan(b.id(), new PlanEdit.UpdateSession("T1", t1.withCandidates(25)), "三名考生退考"));
        assertThatThrownBy(() -> plans.change(admin, new ChangePlan(b.id(),
                new PlanEdit.UpdateSession("T1", t1.withCandidates(31)), "增补考生")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message).anyMatch(m -> m.startsWith("[理论考场人数]")));

        ExamPlanView plan = plans.plan(admin, b.id());
        assertThat(plan.amendmentCount()).isEqualTo(1);
        assertThat(plan.batch().sessions()).filteredOn(s -> s.code().equals("T1"))
                .singleElement().satisfies(s -> assertThat(s.candidates()).isEqualTo(25));
        List<AmendmentView> history = plans.history(admin, b.id());
        assertThat(history).extracting(AmendmentView::number).containsExactly(0, 1);
        AmendmentView amendment = history.get(1);
        assertThat(amendment.reason()).isEqualTo("三名考生退考");
        assertThat(amendment.actorName()).isEqualTo("kaowu");
        assertThat(amendment.at()).isEqualTo(PlanFixtures.china("2026-03-03T15:30"));
        assertThat(amendment.state()).isEqualTo(BatchState.SUBMITTED);
        assertThat(amendment.changes()).containsExactly(
                new AmendmentView.FieldChange("sessions[T1].candidates", "28", "25"));
        assertThat(audit.history(admin, institution, "batch", String.valueOf(b.id())))
                .filteredOn(r -> r.action().equals("BATCH_AMENDED")).singleElement()
                .satisfies(r -> assertThat(r.entityVersion()).isEqualTo(1));

        PlanArchive archive = plans.archive(admin, b.id());
        assertThat(archive.history()).hasSize(2);
        assertThat(archive.snapshots()).hasSize(2);
        assertThat(archive.snapshots().get(0)).contains("\"candidates\":28");
        assertThat(archive.snapshots().get(1)).contains("\"candidates\":25");
        assertThat(archive.audit()).extracting(AuditRecord::action).contains("BATCH_SUBMITTED", "BATCH_AMENDED");
    }

    @Test
    void anAmendmentThatBringsTheFirstSessionInsideTheDeadlineIsRefused() {
        BatchView b = batchOn("2026-03-20T09:00");
        clock.set("2026-03-02T10:00");
        filing.submit(admin, SubmitPlan.onTime(b.id()));
        SessionView t1 = plans.plan(admin, b.id()).batch().sessions().get(0);
        SessionDetails details = new SessionDetails(t1.code(), t1.startsAt(), t1.durationMinutes(), t1.room(),
                t1.candidates(), t1.level(), t1.subject(), t1.mode(), t1.workstations());
        clock.set("2026-03-16T10:00"); // Mon; a session on Wed 03-18 leaves one working day between

        assertThatThrownBy(() -> plans.change(admin, new ChangePlan(b.id(), new PlanEdit.UpdateSession("T1",
                details.withStart(PlanFixtures.china("2026-03-18T09:00"))), "考场调整")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("变更后首场考试提前至 2026-03-18: 报送过迟: 报送日 2026-03-16 与首场考试日 2026-03-18 之间只有 1 个工作日");
        plans.change(admin, new ChangePlan(b.id(), new PlanEdit.UpdateSession("T1",
                details.withStart(PlanFixtures.china("2026-03-20T14:00"))), "改为下午"));
        assertThat(plans.plan(admin, b.id()).amendmentCount()).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        BatchView b = batchOn("2026-03-20T09:00");
        long version = plans.plan(admin, b.id()).batch().version();
        plans.change(admin, new ChangePlan(b.id(), new PlanEdit.SetEmergencyPlan("停电时启用备用考场"), null, version));

        assertThatThrownBy(() -> plans.change(admin, new ChangePlan(b.id(),
                new PlanEdit.SetEmergencyPlan("另一版本"), null, version)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
        assertThat(plans.plan(admin, b.id()).emergencyPlan()).isEqualTo("停电时启用备用考场");
    }

    @Test
    void concurrentAmendmentsNeverOverwriteEachOtherSilently() throws Exception {
        BatchView b = batchOn("2026-03-20T09:00");
        clock.set("2026-03-02T10:00");
        filing.submit(admin, SubmitPlan.onTime(b.id()));
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (String note : List.of("预案甲", "预案乙")) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    plans.change(admin, new ChangePlan(b.id(), new PlanEdit.SetEmergencyPlan(note), "补充应急预案"));
                    return true;
                } catch (org.springframework.dao.ConcurrencyFailureException
                         | org.springframework.dao.DataIntegrityViolationException | ConflictException lost) {
                    return false;
                }
            }));
        }
        go.countDown();
        long succeeded = 0;
        for (var r : results) {
            succeeded += r.get() ? 1 : 0;
        }
        pool.shutdown();

        List<AmendmentView> history = plans.history(admin, b.id());
        assertThat(succeeded).isBetween(1L, 2L);
        assertThat(history).extracting(AmendmentView::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(0, (int) succeeded).boxed().toList());
        assertThat(plans.plan(admin, b.id()).amendmentCount()).isEqualTo((int) succeeded);
        assertThat(history.get(history.size() - 1).changes()).extracting(AmendmentView.FieldChange::after)
                .containsExactly(plans.plan(admin, b.id()).emergencyPlan());
    }

    @Test
    void theLifecycleIsGuardedAndAudited() {
        BatchView b = batchOn("2026-03-20T09:00");
        clock.set("2026-03-02T10:00");
        filing.submit(admin, SubmitPlan.onTime(b.id()));
        assertThatThrownBy(() -> filing.approve(admin, b.id(), "核准")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> filing.start(admin, b.id())).isInstanceOf(ConflictException.class);
        filing.approve(PlanFixtures.approver(institution), b.id(), "吉人社鉴 2026-12 号");
        filing.start(admin, b.id());
        ExamPlanView done = filing.complete(admin, b.id());

        assertThat(done.batch().state()).isEqualTo(BatchState.COMPLETED);
        assertThat(done.approvalNote()).isEqualTo("吉人社鉴 2026-12 号");
        assertThat(audit.history(admin, institution, "batch", String.valueOf(b.id())))
                .extracting(AuditRecord::action).endsWith("BATCH_SUBMITTED", "BATCH_APPROVED", "BATCH_STARTED",
                        "BATCH_COMPLETED");
    }

    @Test
    void attendanceIsRecordedOnceAfterTheBatchStarts() {
        BatchView b = batchOn("2026-03-20T09:00");
        clock.set("2026-03-02T10:00");
        long t1 = plans.plan(admin, b.id()).batch().sessions().get(0).id();
        filing.submit(admin, SubmitPlan.onTime(b.id()));
        filing.approve(PlanFixtures.approver(institution), b.id(), null);
        assertThatThrownBy(() -> batches.recordAttendance(admin, new RecordAttendance(t1, 27)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("不能登记实考人数");
        filing.start(admin, b.id());
        assertThatThrownBy(() -> batches.recordAttendance(admin, new RecordAttendance(t1, 29)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("应在 0 到报考人数 28 之间");

        SessionView sat = batches.recordAttendance(admin, new RecordAttendance(t1, 27));

        assertThat(sat.attended()).isEqualTo(27);
        assertThat(sat.batchState()).isEqualTo(BatchState.IN_PROGRESS);
        assertThat(batches.session(admin, t1).attended()).isEqualTo(27);
        assertThatThrownBy(() -> batches.recordAttendance(admin, new RecordAttendance(t1, 26)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已登记实考人数 27");
    }

    @Test
    void anInspectorListsThePlansOfAPeriodWithFilingAndSupervisors() {
        BatchView march = batchOn("2026-03-20T09:00");
        batchOn("2026-06-10T09:00");
        clock.set("2026-03-02T10:00");
        filing.submit(admin, SubmitPlan.onTime(march.id()));
        Actor inspector = new Actor(31, "ducha", java.util.Set.of(org.qbank.bank.access.Role.INSPECTOR),
                java.util.Set.of(institution));

        List<ExamPlanView> q1 = plans.plansBetween(inspector, institution, java.time.LocalDate.parse("2026-01-01"),
                java.time.LocalDate.parse("2026-03-31"));

        assertThat(q1).singleElement().satisfies(p -> {
            assertThat(p.batch().id()).isEqualTo(march.id());
            assertThat(p.filedOn()).hasToString("2026-03-02");
            assertThat(p.late()).isFalse();
            assertThat(p.staff()).filteredOn(m -> m.role() == StaffRole.SUPERVISOR).extracting(StaffMember::name)
                    .containsExactly("郑督导");
        });
        assertThatThrownBy(() -> plans.change(inspector, ChangePlan.draft(march.id(), new PlanEdit.SetEmergencyPlan("x"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nothingOfABatchCanBeDeletedWithinFiveYears() {
        BatchView b = batchOn("2026-03-20T09:00");
        clock.set("2026-03-02T10:00");
        assertThat(retention.retainedUntil(admin, b.id())).hasToString("2031-03-20");
        assertThatThrownBy(() -> retention.refuseDeletion(admin, b.id())).isInstanceOf(ConflictException.class)
                .hasMessage("批次 " + b.code() + " 的记录须保存至 2031-03-20 (最后一场考试后 5 年), 保存期内不能删除");
        clock.set("2031-03-20T23:00");
        assertThatThrownBy(() -> retention.refuseDeletion(admin, b.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> repository.delete(repository.findById(b.id()).orElseThrow()))
                .hasRootCauseMessage("批次 " + b.code() + " 的记录在保存期内不能删除");
        assertThat(repository.findById(b.id())).isPresent();
        clock.set("2031-03-21T08:00");
        retention.refuseDeletion(admin, b.id());
    }

    @Test
    void anotherInstitutionNeitherReadsNorChangesThePlan() {
        BatchView b = batchOn("2026-03-20T09:00");
        Actor stranger = PlanFixtures.admin(PlanFixtures.institution(institutions));
        assertThatThrownBy(() -> plans.plan(stranger, b.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.history(stranger, b.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> filing.submit(stranger, SubmitPlan.onTime(b.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.change(stranger, ChangePlan.draft(b.id(), new PlanEdit.SetEmergencyPlan("x"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(plans.plan(admin, b.id()).emergencyPlan()).isNull();
    }
}
