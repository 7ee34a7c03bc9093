package org.qbank.assembly.blueprint;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved 组卷方案 of an institution. EXAM_ADMIN and INSTITUTION_ADMIN save; everyone of the institution reads.
 * A blueprint is validated against its 细目表 before it is stored; names are unique per institution.
 */
@Service
public class BlueprintService {

    private final BlueprintStore store;
    private final SkillBlueprintStore skills;
    private final AuditLog audit;
    private final Clock clock;

    BlueprintService(BlueprintStore store, SkillBlueprintStore skills, AuditLog audit, Clock clock) {
        this.store = store;
        this.skills = skills;
        this.audit = audit;
        this.clock = clock;
    }

    /** Validates (throws RuleViolation naming each field) and stores; a taken name is a conflict. */
    @Transactional
    public SavedBlueprint save(Actor actor, long institutionId, Blueprint blueprint, BlueprintTree tree) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        actor.requireRole("保存组卷方案", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        blueprint.validate(tree);
        String name = blueprint.name() == null ? "" : blueprint.name().strip();
        if (name.isEmpty()) {
            throw org.qbank.bank.common.RuleViolationException.of("name", "组卷方案名称不能为空");
        }
        if (store.nameTaken(institutionId, name)) {
            throw new ConflictException("duplicate-blueprint", "组卷方案 " + name + " 已存在");
        }
        long id = store.insert(institutionId, blueprint, actor.username(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        audit.record(AuditEvent.of(institutionId, actor, "BLUEPRINT_SAVED", "blueprint", id)
                .withDetail(name + ": " + blueprint.itemCount() + " 题, 总分 " + blueprint.totalPoints().toPlainString()));
        return get(actor, id);
    }

    @Transactional(readOnly = true)
    public SavedBlueprint get(Actor actor, long id) {
        SavedBlueprint b = store.find(id).orElseThrow(() -> NotFoundException.of("组卷方案", id));
        actor.requireInstitution(b.institutionId(), "组卷方案", id);
        return b;
    }

    @Transactional(readOnly = true)
    public List<SavedBlueprint> list(Actor actor, long institutionId) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        return store.list(institutionId);
    }

    /**
     * Validates a 操作技能 blueprint (its own rules, and with the skill 细目表 that every module is a 鉴定范围 of it)
     * and stores it; a taken name is a conflict.
     */
    @Transactional
    public SavedSkillBlueprint saveSkill(Actor actor, long institutionId, SkillBlueprint blueprint, BlueprintTree tree) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        actor.requireRole("保存组卷方案", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        List<Violation> problems = new ArrayList<>(blueprint.problems());
        String name = blueprint.name() == null ? "" : blueprint.name().strip();
        if (name.isEmpty()) {
            problems.add(new Violation("name", "组卷方案名称不能为空"));
        }
        if (tree == null) {
            problems.add(new Violation("modules", "本机构没有该职业等级的操作技能鉴定要素细目表"));
        } else {
            for (int i = 0; i < blueprint.modules().size(); i++) {
                String code = blueprint.modules().get(i).code();
                if (code != null && tree.node(code).filter(n -> !n.isPoint()).isEmpty()) {
                    problems.add(new Violation("modules[" + i + "].code", "细目表中没有鉴定范围 " + code));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        if (skills.nameTaken(institutionId, name)) {
            throw new ConflictException("duplicate-blueprint", "组卷方案 " + name + " 已存在");
        }
        long id = skills.insert(institutionId, blueprint, actor.username(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        audit.record(AuditEvent.of(institutionId, actor, "BLUEPRINT_SAVED", "skill_blueprint", id)
                .withDetail(name + ": 操作技能 " + blueprint.taskCount() + " 题, " + blueprint.durationMinutes() + " 分钟"));
        return getSkill(actor, id);
    }

    @Transactional(readOnly = true)
    public SavedSkillBlueprint getSkill(Actor actor, long id) {
        SavedSkillBlueprint b = skills.find(id).orElseThrow(() -> NotFoundException.of("操作技能组卷方案", id));
        actor.requireInstitution(b.institutionId(), "操作技能组卷方案", id);
        return b;
    }

    @Transactional(readOnly = true)
    public List<SavedSkillBlueprint> listSkill(Actor actor, long institutionId) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        return skills.list(institutionId);
    }
}
