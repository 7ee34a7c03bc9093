package org.qbank.assembly.blueprint;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved 操作技能 组卷方案 of an institution, under the rules of {@link BlueprintService}: EXAM_ADMIN and
 * INSTITUTION_ADMIN save, everyone of the institution reads; validated against the skill 细目表 before it is stored;
 * names unique per institution; one papers were drawn under is never changed ({@link #reviseSkill}).
 */
@Service
public class SkillBlueprintService {

    private final SkillBlueprintStore skills;
    private final AuditLog audit;
    private final Clock clock;

    SkillBlueprintService(SkillBlueprintStore skills, AuditLog audit, Clock clock) {
        this.skills = skills;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Validates a 操作技能 blueprint (its own rules; with the skill 细目表 that every module is a 鉴定范围 of it whose
     * 鉴定比重 give the paper its 配分, see {@link SkillWeights}) and stores it; a taken name is a conflict.
     */
    @Transactional
    public SavedSkillBlueprint saveSkill(Actor actor, long institutionId, SkillBlueprint blueprint, BlueprintTree tree) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        actor.requireRole("保存组卷方案", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        List<Violation> problems = new ArrayList<>(blueprint.problems(tree));
        String name = blueprint.name() == null ? "" : blueprint.name().strip();
        if (name.isEmpty()) {
            // after the blueprint's own problems and before the 细目表's, as the fields stand on the form
            problems.add(blueprint.problems().size(), new Violation("name", "组卷方案名称不能为空"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        if (skills.nameTaken(institutionId, name)) {
            throw BlueprintRevisionRule.nameTaken(name);
        }
        long id = skills.insert(institutionId, blueprint, actor.username(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        audit.record(AuditEvent.of(institutionId, actor, "BLUEPRINT_SAVED", "skill_blueprint", id)
                .withDetail(name + ": 操作技能 " + blueprint.taskCount() + " 题, " + blueprint.durationMinutes() + " 分钟, 总分 "
                        + blueprint.totalScore()));
        return getSkill(actor, id);
    }

    /**
     * Saves an edited 操作技能 blueprint under the rule of {@link BlueprintService#revise}: one that papers were drawn under stays as it
     * was and the edit is stored as a new blueprint with a name of its own; an unused one is changed in place.
     * Validated against its skill 细目表 like a new one ({@link SkillBlueprint#problems(BlueprintTree)}).
     *
     * @param expectedUpdatedAt the {@code updatedAt} the editor read; a save in between is a conflict
     */
    @Transactional
    public SkillRevision reviseSkill(Actor actor, long id, SkillBlueprint edited, BlueprintTree tree,
                                     Instant expectedUpdatedAt) {
        SavedSkillBlueprint current = getSkill(actor, id);
        actor.requireRole("修改组卷方案", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        long institutionId = current.institutionId();
        String was = current.blueprint().name();
        int papers = skills.papersNamed(institutionId, was);
        String name = edited.name() == null ? "" : edited.name().strip();
        if (papers > 0) {
            BlueprintRevisionRule.requireNewName(name, was, papers);
            SavedSkillBlueprint copy = saveSkill(actor, institutionId, edited, tree);
            audit.record(AuditEvent.of(institutionId, actor, "BLUEPRINT_COPIED", "skill_blueprint", copy.id())
                    .withDetail("由操作技能组卷方案 " + was + " (" + id + ", 已用于 " + papers + " 份试卷) 修改另存为 " + name));
            return new SkillRevision(copy, true, id);
        }
        List<Violation> problems = new ArrayList<>(edited.problems(tree));
        if (name.isEmpty()) {
            problems.add(edited.problems().size(), new Violation("name", "组卷方案名称不能为空"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        if (!name.equals(was) && skills.nameTaken(institutionId, name)) {
            throw BlueprintRevisionRule.nameTaken(name);
        }
        Instant at = BlueprintRevisionRule.nextVersion(clock, expectedUpdatedAt);
        if (expectedUpdatedAt == null || !skills.update(id, edited, expectedUpdatedAt, at)) {
            throw BlueprintRevisionRule.changedMeanwhile(was);
        }
        audit.record(AuditEvent.of(institutionId, actor, "BLUEPRINT_REVISED", "skill_blueprint", id)
                .withDetail(name + ": 操作技能 " + edited.taskCount() + " 题, " + edited.durationMinutes() + " 分钟, 总分 "
                        + edited.totalScore()));
        return new SkillRevision(getSkill(actor, id), false, id);
    }

    /** The outcome of {@link #reviseSkill}, as {@link BlueprintService.Revision} for theory blueprints. */
    public record SkillRevision(SavedSkillBlueprint saved, boolean copied, long originalId) {
    }

    /** How many skill papers were drawn under the skill blueprint (0: it may still be changed in place). */
    @Transactional(readOnly = true)
    public int skillPapersUsing(Actor actor, long id) {
        SavedSkillBlueprint b = getSkill(actor, id);
        return skills.papersNamed(b.institutionId(), b.blueprint().name());
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
