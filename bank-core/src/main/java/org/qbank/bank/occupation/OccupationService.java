package org.qbank.bank.occupation;

import java.util.Optional;

import org.qbank.bank.access.Actor;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national occupation catalogue as imports meet it: an occupation or work type named in a workbook but not yet
 * known is added on the fly (audited on the platform chain, institution 0). An existing occupation keeps its name.
 */
@Service
public class OccupationService {

    private static final long PLATFORM = 0L;

    private final Occupations occupations;
    private final WorkTypes workTypes;
    private final AuditLog audit;

    public OccupationService(Occupations occupations, WorkTypes workTypes, AuditLog audit) {
        this.occupations = occupations;
        this.workTypes = workTypes;
        this.audit = audit;
    }

    /** The occupation with this code, created with {@code name} when missing (a name is then required). */
    @Transactional(propagation = Propagation.REQUIRED)
    public Occupation getOrCreate(Actor actor, OccupationCode code, String name) {
        Optional<Occupation> existing = occupations.findByCode(code.value());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (name == null || name.isBlank()) {
            throw RuleViolationException.of("occupationName", "职业 " + code + " 尚未登记, 须填写职业名称");
        }
        Occupation created = occupations.save(new Occupation(code, name.strip()));
        audit.record(AuditEvent.of(PLATFORM, actor, "OCCUPATION_CREATED", "occupation", created.getId())
                .withDetail(code + " " + created.getName()));
        return created;
    }

    /** The work type {@code name} under the occupation, created when missing. */
    @Transactional(propagation = Propagation.REQUIRED)
    public WorkType getOrCreateWorkType(Actor actor, long occupationId, String name) {
        String n = name.strip();
        return workTypes.findByOccupationIdAndName(occupationId, n).orElseGet(() -> {
            WorkType created = workTypes.save(new WorkType(occupationId, n));
            audit.record(AuditEvent.of(PLATFORM, actor, "WORK_TYPE_CREATED", "work_type", created.getId())
                    .withDetail("职业 " + occupationId + " 工种 " + n));
            return created;
        });
    }

    @Transactional(readOnly = true)
    public Optional<Occupation> find(OccupationCode code) {
        return occupations.findByCode(code.value());
    }

    @Transactional(readOnly = true)
    public Occupation get(long id) {
        return occupations.findById(id).orElseThrow(() -> NotFoundException.of("职业", id));
    }

    @Transactional(readOnly = true)
    public Optional<WorkType> findWorkType(long occupationId, String name) {
        return name == null || name.isBlank() ? Optional.empty()
                : workTypes.findByOccupationIdAndName(occupationId, name.strip());
    }

    @Transactional(readOnly = true)
    public WorkType getWorkType(long id) {
        return workTypes.findById(id).orElseThrow(() -> NotFoundException.of("工种", id));
    }
}
