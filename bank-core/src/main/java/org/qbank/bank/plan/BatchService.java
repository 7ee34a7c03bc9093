package org.qbank.bank.plan;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.occupation.WorkType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batches (批次) and their sessions (场次). EXAM_ADMIN and INSTITUTION_ADMIN write; everyone of the institution
 * reads. Every change is audited under entity type {@code batch}.
 */
@Service
public class BatchService {

    static final String WHAT = "批次";

    private final Batches batches;
    private final BatchViews views;
    private final OccupationService occupations;
    private final AuditLog audit;
    private final Clock clock;

    BatchService(Batches batches, BatchViews views, OccupationService occupations, AuditLog audit, Clock clock) {
        this.batches = batches;
        this.views = views;
        this.occupations = occupations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public BatchView create(Actor actor, CreateBatch command) {
        actor.requireInstitution(command.institutionId(), "机构", command.institutionId());
        actor.requireRole("创建批次", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        Occupation occupation = occupations.find(OccupationCode.of(command.occupationCode()))
                .orElseThrow(() -> RuleViolationException.of("occupationCode", "职业 " + command.occupationCode() + " 未登记"));
        Long workTypeId = null;
        if (command.workType() != null && !command.workType().isBlank()) {
            workTypeId = occupations.findWorkType(occupation.getId(), command.workType()).map(WorkType::getId)
                    .orElseThrow(() -> RuleViolationException.of("workType", "职业 " + command.occupationCode()
                            + " 下没有工种 " + command.workType()));
        }
        String code = command.code() == null ? null : command.code().strip();
        if (code != null && batches.findByInstitutionIdAndCode(command.institutionId(), code).isPresent()) {
            throw new ConflictException("duplicate-batch-code", "批次编号 " + code + " 已存在");
        }
        Batch batch = batches.save(new Batch(command.institutionId(), code, occupation.getId(), workTypeId,
                command.levels(), command.subjects(), clock.instant().truncatedTo(ChronoUnit.SECONDS),
                actor.username()));
        audit.record(AuditEvent.of(batch.getInstitutionId(), actor, "BATCH_CREATED", "batch", batch.getId())
                .withDetail("批次 " + batch.getCode() + " " + occupation.getName()));
        return views.view(batch);
    }

    @Transactional
    public SessionView addSession(Actor actor, AddSession command) {
        Batch batch = load(actor, command.batchId());
        actor.requireRole("新增场次", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        batch.addSession(command.session());
        batches.saveAndFlush(batch);
        ExamSession session = batch.getSessions().stream()
                .filter(s -> s.getCode().equals(command.session().code())).findFirst().orElseThrow();
        audit.record(AuditEvent.of(batch.getInstitutionId(), actor, "SESSION_ADDED", "batch", batch.getId())
                .withDetail("场次 " + session.getCode() + " " + command.session().room() + " "
                        + command.session().startsAt()));
        return views.session(batch, session);
    }

    /** Records how many candidates sat a session (once; batch running or completed). */
    @Transactional
    public SessionView recordAttendance(Actor actor, RecordAttendance command) {
        Batch batch = batches.findBySessionId(command.sessionId())
                .orElseThrow(() -> NotFoundException.of("场次", command.sessionId()));
        actor.requireInstitution(batch.getInstitutionId(), "场次", command.sessionId());
        actor.requireRole("登记实考人数", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        ExamSession session = batch.recordAttendance(command.sessionId(), command.attended());
        batches.saveAndFlush(batch);
        audit.record(AuditEvent.of(batch.getInstitutionId(), actor, "SESSION_ATTENDANCE", "batch", batch.getId())
                .withDetail("场次 " + session.getCode() + " 实考 " + command.attended() + " 人"));
        return views.session(batch, session);
    }

    @Transactional(readOnly = true)
    public BatchView get(Actor actor, long batchId) {
        return views.view(load(actor, batchId));
    }

    @Transactional(readOnly = true)
    public List<BatchView> list(Actor actor, long institutionId) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        return batches.findByInstitutionIdOrderByCreatedAtDescIdDesc(institutionId).stream().map(views::view).toList();
    }

    /** One 场次 with its batch's occupation and institution. */
    @Transactional(readOnly = true)
    public SessionView session(Actor actor, long sessionId) {
        Batch batch = batches.findBySessionId(sessionId).orElseThrow(() -> NotFoundException.of("场次", sessionId));
        actor.requireInstitution(batch.getInstitutionId(), "场次", sessionId);
        ExamSession s = batch.getSessions().stream().filter(x -> x.getId() == sessionId).findFirst().orElseThrow();
        return views.session(batch, s);
    }

    Batch load(Actor actor, long batchId) {
        Batch batch = batches.findById(batchId).orElseThrow(() -> NotFoundException.of(WHAT, batchId));
        actor.requireInstitution(batch.getInstitutionId(), WHAT, batchId);
        return batch;
    }
}
