package org.qbank.bank.occupation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
 * The national occupation catalogue (职业 and their 工种), shared by all institutions — the one facade over it.
 * Everyone signed in reads it; a PLATFORM_ADMIN extends it explicitly ({@link #create}, {@link #addWorkType});
 * imports add an occupation or work type they name but the catalogue lacks ({@link #getOrCreate},
 * {@link #getOrCreateWorkType}), and an existing occupation keeps its name. Every addition is audited in the
 * platform chain (institution 0).
 */
@Service
public class OccupationService {

    private static final long PLATFORM_CHAIN = 0L;

    private final Occupations occupations;
    private final WorkTypes workTypes;
    private final AuditLog audit;

    OccupationService(Occupations occupations, WorkTypes workTypes, AuditLog audit) {
        this.occupations = occupations;
        this.workTypes = workTypes;
        this.audit = audit;
    }

    /** Every occupation, by code. */
    @Transactional(readOnly = true)
    public List<OccupationInfo> list() {
        return occupations.findAll().stream().map(OccupationInfo::of)
                .sorted(Comparator.comparing(OccupationInfo::code)).toList();
    }

    /** The occupation's read model; unknown id → {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public OccupationInfo info(long id) {
        return OccupationInfo.of(get(id));
    }

    /** The occupation; unknown id → {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public Occupation get(long id) {
        return occupations.findById(id).orElseThrow(() -> NotFoundException.of("职业", id));
    }

    @Transactional(readOnly = true)
    public Optional<Occupation> find(OccupationCode code) {
        return occupations.findByCode(code.value());
    }

    /** Adds an occupation (PLATFORM_ADMIN). A code already listed → {@link ConflictException} {@code duplicate-code}. */
    @Transactional
    public OccupationInfo create(Actor actor, OccupationCode code, String name) {
        actor.requireRole("新增职业", Role.PLATFORM_ADMIN);
        requireName("name", name);
        if (occupations.findByCode(code.value()).isPresent()) {
            throw new ConflictException("duplicate-code", "职业编码已存在: " + code);
        }
        return OccupationInfo.of(insert(actor, code, name));
    }

    /** The occupation with this code, created with {@code name} when missing (a name is then required). */
    @Transactional
    public Occupation getOrCreate(Actor actor, OccupationCode code, String name) {
        Optional<Occupation> existing = occupations.findByCode(code.value());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (name == null || name.isBlank()) {
            throw RuleViolationException.of("occupationName", "职业 " + code + " 尚未登记, 须填写职业名称");
        }
        requireName("occupationName", name);
        return insert(actor, code, name);
    }

    /** The occupation's 工种 by name; unknown occupation → {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public List<WorkTypeInfo> workTypes(long occupationId) {
        get(occupationId);
        return workTypes.findByOccupationIdOrderByName(occupationId).stream().map(WorkTypeInfo::of).toList();
    }

    /** Adds a 工种 (PLATFORM_ADMIN). A name the occupation already has → {@link ConflictException} {@code duplicate-name}. */
    @Transactional
    public WorkTypeInfo addWorkType(Actor actor, long occupationId, String name) {
        actor.requireRole("新增工种", Role.PLATFORM_ADMIN);
        Occupation occupation = get(occupationId);
        requireName("name", name);
        if (workTypes.findByOccupationIdAndName(occupationId, name.strip()).isPresent()) {
            throw new ConflictException("duplicate-name", "工种已存在: " + name.strip());
        }
        return WorkTypeInfo.of(insertWorkType(actor, occupation, name.strip()));
    }

    /** The work type {@code name} under the occupation, created when missing. */
    @Transactional
    public WorkType getOrCreateWorkType(Actor actor, long occupationId, String name) {
        String n = name.strip();
        return workTypes.findByOccupationIdAndName(occupationId, n)
                .orElseGet(() -> insertWorkType(actor, get(occupationId), n));
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

    private Occupation insert(Actor actor, OccupationCode code, String name) {
        Occupation created = occupations.saveAndFlush(new Occupation(code, name.strip()));
        audit.record(AuditEvent.of(PLATFORM_CHAIN, actor, "OCCUPATION_CREATED", "occupation", created.getId())
                .withDetail(code + " " + created.getName()));
        return created;
    }

    private WorkType insertWorkType(Actor actor, Occupation occupation, String name) {
        WorkType created = workTypes.saveAndFlush(new WorkType(occupation.getId(), name));
        audit.record(AuditEvent.of(PLATFORM_CHAIN, actor, "WORK_TYPE_CREATED", "work_type", created.getId())
                .withDetail(occupation.getCode() + " " + created.getName()));
        return created;
    }

    private static void requireName(String field, String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw RuleViolationException.of(field, "名称不能为空, 且不超过 100 字");
        }
    }
}
