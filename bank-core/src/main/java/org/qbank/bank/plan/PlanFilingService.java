package org.qbank.bank.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a plan through its states. Submission checks the standard and the working-day deadline (DOMAIN §8) with
 * today's date from the injected clock (Asia/Shanghai); a late plan is refused or, when configured, accepted and
 * marked late with its reason. Approval needs a 督导员. Every step is audited.
 */
@Service
public class PlanFilingService {

    private final BatchService batches;
    private final Batches repository;
    private final PlanChecker checker;
    private final PlanDeadlines deadlines;
    private final AmendmentTrail trail;
    private final ExamPlanService plans;
    private final PlanPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    PlanFilingService(BatchService batches, Batches repository, PlanChecker checker, PlanDeadlines deadlines,
                      AmendmentTrail trail, ExamPlanService plans, PlanPolicy policy, AuditLog audit, Clock clock) {
        this.batches = batches;
        this.repository = repository;
        this.checker = checker;
        this.deadlines = deadlines;
        this.trail = trail;
        this.plans = plans;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The deadline as it stands if the plan were filed today. */
    @Transactional(readOnly = true)
    public DeadlineCheck deadline(Actor actor, long batchId) {
        return deadline(batches.load(actor, batchId));
    }

    @Transactional
    public ExamPlanView submit(Actor actor, SubmitPlan command) {
        Batch batch = batches.load(actor, command.batchId());
        actor.requireRole("报送考务方案", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        List<PlanViolation> violations = checker.check(batch);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations.stream().map(PlanViolation::toViolation).toList());
        }
        DeadlineCheck deadline = deadline(batch);
        String reason = Texts.optional(command.lateReason());
        if (!deadline.onTime()) {
            if (policy.latePlans() == PlanPolicy.LatePolicy.REFUSE) {
                throw RuleViolationException.of("deadline", deadline.lateMessage());
            }
            if (reason == null) {
                throw RuleViolationException.of("lateReason", deadline.lateMessage() + "; 迟报须填写原因");
            }
        }
        Instant at = now();
        batch.submit(deadline.filedOn(), !deadline.onTime(), reason, at);
        repository.saveAndFlush(batch);
        trail.submission(batch, actor, at, deadline.onTime() ? "按时报送" : "迟报: " + reason);
        record(batch, actor, "BATCH_SUBMITTED", "报送日 " + deadline.filedOn() + ", 距首场 "
                + deadline.workingDaysBetween() + " 个工作日" + (deadline.onTime() ? "" : ", 迟报: " + reason));
        return plans.view(batch);
    }

    /** Records the centre's approval (INSTITUTION_ADMIN); refused without a 督导员. */
    @Transactional
    public ExamPlanView approve(Actor actor, long batchId, String note) {
        Batch batch = batches.load(actor, batchId);
        actor.requireRole("核准考务方案", Role.INSTITUTION_ADMIN);
        batch.approve(note, now());
        return saved(batch, actor, "BATCH_APPROVED", note);
    }

    @Transactional
    public ExamPlanView start(Actor actor, long batchId) {
        Batch batch = batches.load(actor, batchId);
        actor.requireRole("开始实施批次", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        batch.start();
        return saved(batch, actor, "BATCH_STARTED", null);
    }

    @Transactional
    public ExamPlanView complete(Actor actor, long batchId) {
        Batch batch = batches.load(actor, batchId);
        actor.requireRole("完成批次", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        batch.complete(now());
        return saved(batch, actor, "BATCH_COMPLETED", null);
    }

    @Transactional
    public ExamPlanView cancel(Actor actor, long batchId, String reason) {
        Batch batch = batches.load(actor, batchId);
        actor.requireRole("取消批次", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        batch.cancel(reason, now());
        return saved(batch, actor, "BATCH_CANCELLED", reason);
    }

    private DeadlineCheck deadline(Batch batch) {
        return deadlines.asOfToday(batch);
    }

    private ExamPlanView saved(Batch batch, Actor actor, String action, String detail) {
        repository.saveAndFlush(batch);
        record(batch, actor, action, detail);
        return plans.view(batch);
    }

    private void record(Batch batch, Actor actor, String action, String detail) {
        audit.record(AuditEvent.of(batch.getInstitutionId(), actor, action, "batch", batch.getId())
                .withDetail(batch.getState().displayName() + (detail == null ? "" : ": " + detail)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
