package org.qbank.bank.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 鉴定要素细目表 of an institution: import (replace whole trees from rows, all or nothing), read, and the
 * node look-ups the solver and the item editor need. INSTITUTION_ADMIN and EXAM_ADMIN write; everyone of the
 * institution reads. Another institution's trees are "not found".
 */
@Service
public class KnowledgeTreeService {

    private static final String WHAT = "鉴定要素细目表";

    private final KnowledgeTrees trees;
    private final KnowledgeImportPlanner planner;
    private final KnowledgeTreeStore store;
    private final KnowledgeTreeReader reader;
    private final OccupationService occupations;

    KnowledgeTreeService(KnowledgeTrees trees, KnowledgeTreeValidator validator, KnowledgeTreeStore store,
                         KnowledgeTreeReader reader, OccupationService occupations) {
        this.trees = trees;
        this.planner = new KnowledgeImportPlanner(validator);
        this.store = store;
        this.reader = reader;
        this.occupations = occupations;
    }

    /**
     * Replaces every tree the rows describe. Any error in any tree throws {@link RuleViolationException} listing
     * them all, and nothing is stored; warnings come back in the results. Missing occupations and work types are
     * added to the catalogue.
     */
    @Transactional
    public List<KnowledgeImportResult> importTrees(Actor actor, ImportKnowledgeTrees command) {
        actor.requireInstitution(command.institutionId(), "机构", command.institutionId());
        actor.requireRole("导入鉴定要素细目表", Role.INSTITUTION_ADMIN, Role.EXAM_ADMIN);
        KnowledgeImportPlanner.Plan plan = planner.plan(command.rows());
        if (!plan.errors().isEmpty()) {
            throw new RuleViolationException(plan.errors());
        }
        if (command.expectedVersion() != null && plan.trees().size() != 1) {
            throw RuleViolationException.of("expectedVersion", "指定版本号时只能导入一张细目表, 实际为 "
                    + plan.trees().size() + " 张");
        }
        List<KnowledgeImportResult> results = new ArrayList<>();
        for (KnowledgeImportPlanner.ScopedTree t : plan.trees()) {
            results.add(command.dryRun() ? dryRunResult(t)
                    : store.store(actor, command.institutionId(), t, command.expectedVersion()));
        }
        return results;
    }

    @Transactional(readOnly = true)
    public List<KnowledgeTreeSummary> list(Actor actor, long institutionId) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        return trees.findByInstitutionIdOrderByOccupationIdAscLevelDescSubjectAsc(institutionId).stream()
                .map(reader::summary).toList();
    }

    @Transactional(readOnly = true)
    public KnowledgeTreeView get(Actor actor, long treeId) {
        return reader.view(load(actor, treeId));
    }

    /** The tree of one occupation / work type (null for none) / level / subject, if the institution has one. */
    @Transactional(readOnly = true)
    public Optional<KnowledgeTreeView> find(Actor actor, long institutionId, String occupationCode, String workType,
                                            Level level, Subject subject) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        return occupations.find(OccupationCode.of(occupationCode)).flatMap(o -> {
            Long workTypeId = null;
            if (workType != null && !workType.isBlank()) {
                var wt = occupations.findWorkType(o.getId(), workType);
                if (wt.isEmpty()) {
                    return Optional.empty();
                }
                workTypeId = wt.get().getId();
            }
            return trees.findByScopeKey(KnowledgeTree.scopeKey(institutionId, o.getId(), workTypeId, level, subject));
        }).map(reader::view);
    }

    /**
     * The tree that applies to a work type: its own tree if it has one, otherwise the occupation-wide tree (work type
     * none) of the same level and subject.
     */
    @Transactional(readOnly = true)
    public Optional<KnowledgeTreeView> findApplicable(Actor actor, long institutionId, String occupationCode,
                                                      String workType, Level level, Subject subject) {
        Optional<KnowledgeTreeView> own = find(actor, institutionId, occupationCode, workType, level, subject);
        if (own.isPresent() || workType == null || workType.isBlank()) {
            return own;
        }
        return find(actor, institutionId, occupationCode, null, level, subject);
    }

    /** One node by code (legacy or digit-group, as printed). */
    @Transactional(readOnly = true)
    public KnowledgeNodeView node(Actor actor, long treeId, String code) {
        return get(actor, treeId).node(code).orElseThrow(() -> NotFoundException.of("鉴定点", code));
    }

    /** The leaves (鉴定点, or skill modules) at or below the node, in code order. */
    @Transactional(readOnly = true)
    public List<KnowledgeNodeView> leavesUnder(Actor actor, long treeId, String code) {
        return node(actor, treeId, code).leaves();
    }

    /** Every 鉴定点 of the tree with its ancestor chain, top level first. */
    @Transactional(readOnly = true)
    public List<KnowledgePointPath> points(Actor actor, long treeId) {
        return get(actor, treeId).points();
    }

    private KnowledgeTree load(Actor actor, long treeId) {
        KnowledgeTree tree = trees.findById(treeId).orElseThrow(() -> NotFoundException.of(WHAT, treeId));
        actor.requireInstitution(tree.getInstitutionId(), WHAT, treeId);
        return tree;
    }

    private static KnowledgeImportResult dryRunResult(KnowledgeImportPlanner.ScopedTree t) {
        TreeScope s = t.scope();
        return new KnowledgeImportResult(null, s.occupationCode().value(), s.workType(), s.level(), s.subject(), 0,
                0, 0, 0, t.built().validation());
    }
}
