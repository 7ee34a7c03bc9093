package org.qbank.bank.institution;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Texts;
import org.qbank.bank.hash.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评价机构 administration. Only a PLATFORM_ADMIN creates, renames or retires institutions; everybody else sees
 * the institutions they belong to. Institutions are never deleted (their records stay inside retention).
 */
@Service
public class InstitutionService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{1,63}");

    private final Institutions institutions;
    private final AuditLog audit;
    private final Clock clock;

    public InstitutionService(Institutions institutions, AuditLog audit, Clock clock) {
        this.institutions = institutions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates an institution and opens its audit chain; the code is unique and permanent. */
    @Transactional
    public InstitutionInfo create(Actor actor, CreateInstitution command) {
        actor.requireRole("创建机构", Role.PLATFORM_ADMIN);
        List<Violation> problems = new ArrayList<>();
        if (command.code() == null || !CODE.matcher(command.code()).matches()) {
            problems.add(new Violation("code", "机构代码须为 2–64 位字母、数字、- 或 _"));
        }
        requireName(command.name(), problems);
        if (command.kind() == null) {
            problems.add(new Violation("kind", "请选择机构类型 (用人单位或社会培训评价组织)"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        if (institutions.findByCode(command.code()).isPresent()) {
            throw new ConflictException("duplicate-code", "机构代码已存在: " + command.code());
        }
        Institution created = institutions.saveAndFlush(new Institution(command.code(), command.name().strip(),
                command.kind(), Texts.optional(command.filedSite()), clock.instant()));
        audit.openChain(created.getId());
        audit.record(event(created, actor, "INSTITUTION_CREATED", null).withDetail("创建机构 " + created.getName()));
        return InstitutionInfo.of(created);
    }

    /** PLATFORM_ADMIN sees all institutions; everybody else the ones they belong to. */
    @Transactional(readOnly = true)
    public List<InstitutionInfo> list(Actor actor) {
        List<Institution> visible = actor.has(Role.PLATFORM_ADMIN) ? institutions.findAll()
                : institutions.findAllById(actor.institutionIds());
        return visible.stream().map(InstitutionInfo::of)
                .sorted(Comparator.comparing(InstitutionInfo::code)).toList();
    }

    @Transactional(readOnly = true)
    public InstitutionInfo get(Actor actor, long id) {
        return InstitutionInfo.of(load(actor, id));
    }

    /** Renames and/or changes the filed site; {@code expectedVersion} guards against a concurrent edit. */
    @Transactional
    public InstitutionInfo rename(Actor actor, long id, RenameInstitution command) {
        Institution institution = load(actor, id);
        actor.requireRole("修改机构", Role.PLATFORM_ADMIN);
        if (command.expectedVersion() != null && command.expectedVersion() != institution.getVersion()) {
            throw ConflictException.staleVersion("机构", id, command.expectedVersion(), institution.getVersion());
        }
        List<Violation> problems = new ArrayList<>();
        requireName(command.name(), problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        String before = contentHash(institution);
        institution.rename(command.name().strip(), Texts.optional(command.filedSite()));
        institutions.saveAndFlush(institution);
        audit.record(event(institution, actor, "INSTITUTION_RENAMED", before).withDetail("机构名称: " + institution.getName()));
        return InstitutionInfo.of(institution);
    }

    /** Retires the institution (idempotent); its records stay. */
    @Transactional
    public InstitutionInfo retire(Actor actor, long id) {
        Institution institution = load(actor, id);
        actor.requireRole("停用机构", Role.PLATFORM_ADMIN);
        if (institution.getRetiredAt() == null) {
            String before = contentHash(institution);
            institution.retire(clock.instant());
            institutions.saveAndFlush(institution);
            audit.record(event(institution, actor, "INSTITUTION_RETIRED", before));
        }
        return InstitutionInfo.of(institution);
    }

    private Institution load(Actor actor, long id) {
        actor.requireInstitution(id, "机构", id);
        return institutions.findById(id).orElseThrow(() -> NotFoundException.of("机构", id));
    }

    private AuditEvent event(Institution institution, Actor actor, String action, String beforeHash) {
        return AuditEvent.of(institution.getId(), actor, action, "institution", institution.getId())
                .withVersion((int) institution.getVersion()).withHashes(beforeHash, contentHash(institution));
    }

    private static String contentHash(Institution i) {
        return Sha256.hex(String.join("\u001f", i.getCode(), i.getName(), i.getKind().name(),
                String.valueOf(i.getFiledSite()), String.valueOf(i.getRetiredAt())));
    }

    private static void requireName(String name, List<Violation> problems) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            problems.add(new Violation("name", "机构名称不能为空, 且不超过 200 字"));
        }
    }
}
