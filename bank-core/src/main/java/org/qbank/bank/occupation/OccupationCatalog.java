package org.qbank.bank.occupation;

import java.util.Comparator;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national occupation catalogue (职业 and their 工种), shared by all institutions: everyone signed in reads
 * it, a PLATFORM_ADMIN extends it. Changes are audited in the platform chain (institution 0).
 */
@Service
public class OccupationCatalog {

    private static final long PLATFORM_CHAIN = 0L;

    private final Occupations occupations;
    private final WorkTypes workTypes;
    private final AuditLog audit;

    public OccupationCatalog(Occupations occupations, WorkTypes workTypes, AuditLog audit) {
        this.occupations = occupations;
        this.workTypes = workTypes;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<OccupationInfo> list() {
        return occupations.findAll().stream().map(OccupationInfo::of)
                .sorted(Comparator.comparing(OccupationInfo::code)).toList();
    }

    @Transactional(readOnly = true)
    public OccupationInfo get(long id) {
        return OccupationInfo.of(load(id));
    }

    @Transactional
    public OccupationInfo create(Actor actor, OccupationCode code, String name) {
        actor.requireRole("新增职业", Role.PLATFORM_ADMIN);
        requireName("name", name);
        if (occupations.findByCode(code.value()).isPresent()) {
            throw new ConflictException("duplicate-code", "职业编码已存在: " + code);
        }
        Occupation created = occupations.saveAndFlush(new Occupation(code, name.strip()));
        audit.record(AuditEvent.of(PLATFORM_CHAIN, actor, "OCCUPATION_CREATED", "occupation", created.getId())
                .withDetail(code + " " + created.getName()));
        return OccupationInfo.of(created);
    }

    @Transactional(readOnly = true)
    public List<WorkTypeInfo> workTypes(long occupationId) {
        load(occupationId);
        return workTypes.findByOccupationIdOrderByName(occupationId).stream().map(WorkTypeInfo::of).toList();
    }

    @Transactional
    public WorkTypeInfo addWorkType(Actor actor, long occupationId, String name) {
        actor.requireRole("新增工种", Role.PLATFORM_ADMIN);
        Occupation occupation = load(occupationId);
        requireName("name", name);
        if (workTypes.findByOccupationIdAndName(occupationId, name.strip()).isPresent()) {
            throw new ConflictException("duplicate-name", "工种已存在: " + name.strip());
        }
        WorkType created = workTypes.saveAndFlush(new WorkType(occupationId, name.strip()));
        audit.record(AuditEvent.of(PLATFORM_CHAIN, actor, "WORK_TYPE_CREATED", "work_type", created.getId())
                .withDetail(occupation.getCode() + " " + created.getName()));
        return WorkTypeInfo.of(created);
    }

    private Occupation load(long id) {
        return occupations.findById(id).orElseThrow(() -> NotFoundException.of("职业", id));
    }

    private static void requireName(String field, String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw RuleViolationException.of(field, "名称不能为空, 且不超过 100 字");
        }
    }

    /** Read model of an occupation. */
    public record OccupationInfo(long id, String code, String name) {
        static OccupationInfo of(Occupation o) {
            return new OccupationInfo(o.getId(), o.getCode().value(), o.getName());
        }
    }

    /** Read model of a 工种. */
    public record WorkTypeInfo(long id, long occupationId, String name) {
        static WorkTypeInfo of(WorkType w) {
            return new WorkTypeInfo(w.getId(), w.getOccupationId(), w.getName());
        }
    }
}
