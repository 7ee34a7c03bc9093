package org.qbank.bank.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.config.BankCoreConfiguration;
import org.qbank.bank.hash.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 考务方案 of a batch: read it, check it against the standard, change it, and read its amendment trail.
 * Once submitted, every change is an amendment: it needs a reason, must not break the standard in a way the plan
 * did not already, must not bring the first session closer than the filing deadline allows (unless late plans are
 * accepted), and is stored with before/after snapshots and audited ({@code BATCH_AMENDED}).
 */
@Service
public class ExamPlanService {

    private final BatchService batches;
    private final Batches repository;
    private final BatchViews views;
    private final PlanChecker checker;
    private final AmendmentTrail trail;
    private final PlanDeadlines deadlines;
    private final AuditLog audit;
    private final Clock clock;

    ExamPlanService(BatchService batches, Batches repository, BatchViews views, PlanChecker checker,
                    AmendmentTrail trail, PlanDeadlines deadlines, AuditLog audit, Clock clock) {
        this.deadlines = deadlines;
        this.batches = batches;
        this.repository = repository;
        this.views = views;
        this.checker = checker;
        this.trail = trail;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ExamPlanView plan(Actor actor, long batchId) {
        return view(batches.load(actor, batchId));
    }

    /**
     * The plans of an institution with a session between {@code from} and {@code to} (dates in China, inclusive),
     * for compliance reports: filing date and lateness, supervisors, sessions. Readable by INSPECTOR.
     */
    @Transactional(readOnly = true)
    public List<ExamPlanView> plansBetween(Actor actor, long institutionId, LocalDate from, LocalDate to) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        return repository.findByInstitutionIdOrderByCreatedAtDescIdDesc(institutionId).stream()
                .filter(b -> b.getSessions().stream().map(s -> LocalDate.ofInstant(s.getStartsAt(), BankCoreConfiguration.ZONE))
                        .anyMatch(d -> !d.isBefore(from) && !d.isAfter(to)))
                .map(this::view).toList();
    }

    /** Every failure of the plan against the standard, each naming its session and rule; empty when it complies. */
    @Transactional(readOnly = true)
    public List<PlanViolation> check(Actor actor, long batchId) {
        return checker.check(batches.load(actor, batchId));
    }

    @Transactional
    public ExamPlanView change(Actor actor, ChangePlan command) {
        Batch batch = batches.load(actor, command.batchId());
        actor.requireRole("修改考务方案", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        if (command.expectedVersion() != null && command.expectedVersion() != batch.getVersion()) {
            throw ConflictException.staleVersion("批次", batch.getCode(), command.expectedVersion(), batch.getVersion());
        }
        boolean amendment = batch.getState() != BatchState.DRAFT;
        if (amendment && (command.reason() == null || command.reason().isBlank())) {
            throw RuleViolationException.of("reason", "批次 " + batch.getCode() + " 已" + batch.getState().displayName()
                    + ", 变更须填写原因");
        }
        PlanSnapshot before = batch.snapshot();
        batch.apply(command.edit(), amendment);
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (!amendment) {
            repository.saveAndFlush(batch);
            audit.record(AuditEvent.of(batch.getInstitutionId(), actor, "BATCH_EDITED", "batch", batch.getId())
                    .withDetail(command.edit().describe()));
            return view(batch);
        }
        PlanSnapshot after = batch.snapshot();
        List<PlanViolation> introduced = new ArrayList<>(checker.check(batch, after));
        introduced.removeAll(checker.check(batch, before));
        if (!introduced.isEmpty()) {
            throw new RuleViolationException(introduced.stream().map(PlanViolation::toViolation).toList());
        }
        deadlines.checkEarlierStart(batch, before, after);
        String beforeJson = PlanDiff.json(before);
        String afterJson = PlanDiff.json(after);
        repository.saveAndFlush(batch);
        trail.amendment(batch, actor, at, command.reason().strip(), beforeJson, afterJson);
        audit.record(AuditEvent.of(batch.getInstitutionId(), actor, "BATCH_AMENDED", "batch", batch.getId())
                .withVersion(batch.getAmendmentCount()).withHashes(Sha256.hex(beforeJson), Sha256.hex(afterJson))
                .withDetail(command.edit().describe() + ": " + command.reason().strip()));
        return view(batch);
    }

    /** The trail: the plan as submitted (number 0), then each amendment with its changed fields. */
    @Transactional(readOnly = true)
    public List<AmendmentView> history(Actor actor, long batchId) {
        return trail.history(batches.load(actor, batchId).getId());
    }

    /** The plan part of the batch's archive export (plan, trail with snapshots, audit excerpt). */
    @Transactional(readOnly = true)
    public PlanArchive archive(Actor actor, long batchId) {
        Batch batch = batches.load(actor, batchId);
        return new PlanArchive(view(batch), trail.history(batch.getId()), trail.snapshots(batch.getId()),
                audit.history(actor, batch.getInstitutionId(), "batch", String.valueOf(batch.getId())));
    }

    ExamPlanView view(Batch b) {
        return new ExamPlanView(views.view(b), b.getSite(), b.getSiteApproval(), b.getEmergencyPlan(),
                b.staffMembers(), b.filing().filedOn(), b.filing().late(), b.filing().lateReason(),
                b.filing().submittedAt(), b.filing().approvedAt(), b.filing().approvalNote(), b.filing().cancelReason(),
                b.getAmendmentCount());
    }
}
