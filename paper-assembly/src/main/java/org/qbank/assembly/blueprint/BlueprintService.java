package org.qbank.assembly.blueprint;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved 组卷方案 of an institution. EXAM_ADMIN and INSTITUTION_ADMIN save; everyone of the institution reads.
 * A blueprint is validated against its 细目表 before it is stored; names are unique per institution. A blueprint
 * papers were assembled under is never changed: an edit of it is stored as a new blueprint ({@link #revise}).
 * 操作技能 blueprints follow the same rules in {@link SkillBlueprintService}.
 */
@Service
public class BlueprintService {

    private final BlueprintStore store;
    private final AuditLog audit;
    private final Clock clock;

    BlueprintService(BlueprintStore store, AuditLog audit, Clock clock) {
        this.store = store;
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
            throw RuleViolationException.of("name", "组卷方案名称不能为空");
        }
        if (store.nameTaken(institutionId, name)) {
            throw BlueprintRevisionRule.nameTaken(name);
        }
        long id = store.insert(institutionId, blueprint, actor.username(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        audit.record(AuditEvent.of(institutionId, actor, "BLUEPRINT_SAVED", "blueprint", id)
                .withDetail(name + ": " + blueprint.itemCount() + " 题, 总分 " + blueprint.totalPoints().toPlainString()));
        return get(actor, id);
    }

    /**
     * Saves an edited blueprint. A paper keeps only the name of the blueprint it was drawn with, so a blueprint
     * that papers were assembled under is never changed: the edit is stored as a new blueprint, which needs a
     * name of its own (the original stays as it was, for the papers and the inspectors). A blueprint no paper
     * used yet is changed in place. Either way the edit is validated against its 细目表 like a new one.
     *
     * @param expectedUpdatedAt the {@code updatedAt} the editor read; a save in between is a conflict
     * @return the changed blueprint, or the new one
     */
    @Transactional
    public Revision revise(Actor actor, long id, Blueprint edited, BlueprintTree tree, Instant expectedUpdatedAt) {
        SavedBlueprint current = get(actor, id);
        actor.requireRole("修改组卷方案", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        long institutionId = current.institutionId();
        int papers = store.papersNamed(institutionId, current.blueprint().name());
        String name = edited.name() == null ? "" : edited.name().strip();
        if (papers > 0) {
            BlueprintRevisionRule.requireNewName(name, current.blueprint().name(), papers);
            SavedBlueprint copy = save(actor, institutionId, edited, tree);
            audit.record(AuditEvent.of(institutionId, actor, "BLUEPRINT_COPIED", "blueprint", copy.id())
                    .withDetail("由组卷方案 " + current.blueprint().name() + " (" + id + ", 已用于 " + papers
                            + " 份试卷) 修改另存为 " + name));
            return new Revision(copy, true, id);
        }
        edited.validate(tree);
        if (name.isEmpty()) {
            throw RuleViolationException.of("name", "组卷方案名称不能为空");
        }
        if (!name.equals(current.blueprint().name()) && store.nameTaken(institutionId, name)) {
            throw BlueprintRevisionRule.nameTaken(name);
        }
        Instant at = BlueprintRevisionRule.nextVersion(clock, expectedUpdatedAt);
        if (expectedUpdatedAt == null || !store.update(id, edited, expectedUpdatedAt, at)) {
            throw BlueprintRevisionRule.changedMeanwhile(current.blueprint().name());
        }
        audit.record(AuditEvent.of(institutionId, actor, "BLUEPRINT_REVISED", "blueprint", id)
                .withDetail(name + ": " + edited.itemCount() + " 题, 总分 " + edited.totalPoints().toPlainString()));
        return new Revision(get(actor, id), false, id);
    }

    /**
     * The outcome of {@link #revise}: the blueprint now holding the edit, whether it is a new copy, and the id
     * of the blueprint that was opened.
     */
    public record Revision(SavedBlueprint saved, boolean copied, long originalId) {
    }

    /** How many papers were assembled under the blueprint (0: it may still be changed in place). */
    @Transactional(readOnly = true)
    public int papersUsing(Actor actor, long id) {
        SavedBlueprint b = get(actor, id);
        return store.papersNamed(b.institutionId(), b.blueprint().name());
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
}
