package org.qbank.bank.knowledge;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.qbank.bank.access.Actor;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.hash.Sha256;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.OccupationService;
import org.springframework.stereotype.Component;

/**
 * Writes one checked tree: nodes are matched by code, so a re-import updates them in place (ids stay stable for
 * the items that reference them), adds new codes and retires codes that left the table. Runs inside the caller's
 * transaction and audits each tree whose content changed.
 */
@Component
class KnowledgeTreeStore {

    private final KnowledgeTrees trees;
    private final KnowledgeNodes nodes;
    private final OccupationService occupations;
    private final AuditLog audit;
    private final Clock clock;

    KnowledgeTreeStore(KnowledgeTrees trees, KnowledgeNodes nodes, OccupationService occupations, AuditLog audit,
                       Clock clock) {
        this.trees = trees;
        this.nodes = nodes;
        this.occupations = occupations;
        this.audit = audit;
        this.clock = clock;
    }

    KnowledgeImportResult store(Actor actor, long institutionId, KnowledgeImportPlanner.ScopedTree t,
                                Long expectedVersion) {
        TreeScope scope = t.scope();
        Occupation occupation = occupations.getOrCreate(actor, scope.occupationCode(), t.occupationName());
        Long workTypeId = scope.workType() == null ? null
                : occupations.getOrCreateWorkType(actor, occupation.getId(), scope.workType()).getId();
        String key = KnowledgeTree.scopeKey(institutionId, occupation.getId(), workTypeId, scope.level(), scope.subject());
        KnowledgeTree tree = trees.findByScopeKey(key).orElse(null);
        if (tree != null && expectedVersion != null && tree.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion("鉴定要素细目表", tree.getId(), expectedVersion, tree.getVersion());
        }
        List<DraftNode> drafts = t.built().nodes();
        KnowledgeTreeValidation validation = t.built().validation();
        String hash = contentHash(drafts);
        boolean created = tree == null;
        String beforeHash = created ? null : tree.getContentHash();
        if (created) {
            tree = new KnowledgeTree(institutionId, occupation.getId(), workTypeId, scope.level(), scope.subject());
        }
        boolean revised = tree.recordImport(hash, validation.nodeCount(), validation.pointCount(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS), actor.username());
        tree = trees.save(tree);
        Counts counts = writeNodes(tree.getId(), drafts);
        if (revised) {
            audit.record(AuditEvent.of(institutionId, actor, created ? "KNOWLEDGE_TREE_CREATED" : "KNOWLEDGE_TREE_REPLACED",
                            "knowledge_tree", tree.getId())
                    .withVersion(tree.getRevision()).withHashes(beforeHash, hash)
                    .withDetail(scope.label() + ": 新增 " + counts.added + ", 修改 " + counts.changed + ", 停用 "
                            + counts.retired + "; 共 " + validation.nodeCount() + " 个节点, "
                            + validation.pointCount() + " 个鉴定点"));
        }
        return new KnowledgeImportResult(tree.getId(), scope.occupationCode().value(), scope.workType(),
                scope.level(), scope.subject(), tree.getRevision(), counts.added, counts.changed, counts.retired,
                validation);
    }

    private Counts writeNodes(long treeId, List<DraftNode> drafts) {
        Map<String, KnowledgeNode> existing = nodes.findByTreeId(treeId).stream()
                .collect(Collectors.toMap(KnowledgeNode::getCode, Function.identity()));
        Map<DraftNode, Long> ids = new HashMap<>();
        Counts counts = new Counts();
        int order = 0;
        for (DraftNode d : drafts) { // pre-order: a parent is written before its children
            Long parentId = d.parent == null ? null : ids.get(d.parent);
            KnowledgeNode node = existing.remove(d.display());
            if (node == null) {
                node = new KnowledgeNode(treeId, d.code);
                node.apply(d, parentId, order);
                node = nodes.save(node);
                counts.added++;
            } else if (node.apply(d, parentId, order)) {
                counts.changed++;
            }
            ids.put(d, node.getId());
            order++;
        }
        for (KnowledgeNode gone : existing.values()) {
            if (gone.retire()) {
                counts.retired++;
            }
        }
        return counts;
    }

    /** Hash of what users see: every node's code path, name, weight and importance, in tree order. */
    static String contentHash(List<DraftNode> drafts) {
        StringBuilder sb = new StringBuilder();
        for (DraftNode d : drafts) {
            sb.append(String.join("/", d.code.segments())).append('\u001f').append(d.name).append('\u001f')
                    .append(d.weight == null ? "" : KnowledgeTreeValidator.fmt(d.weight)).append('\u001f')
                    .append(d.importance == null ? "" : d.importance.name()).append('\n');
        }
        return Sha256.hex(sb.toString());
    }

    private static final class Counts {
        int added;
        int changed;
        int retired;
    }
}
