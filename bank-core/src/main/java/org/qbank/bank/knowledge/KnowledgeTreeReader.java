package org.qbank.bank.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.OccupationService;
import org.springframework.stereotype.Component;

/** Turns stored trees into read records: one query for the nodes of a tree, the tree assembled in memory. */
@Component
class KnowledgeTreeReader {

    private final KnowledgeNodes nodes;
    private final OccupationService occupations;

    KnowledgeTreeReader(KnowledgeNodes nodes, OccupationService occupations) {
        this.nodes = nodes;
        this.occupations = occupations;
    }

    KnowledgeTreeView view(KnowledgeTree tree) {
        Occupation occupation = occupations.get(tree.getOccupationId());
        List<KnowledgeNode> active = nodes.findByTreeIdAndRetiredFalseOrderBySortOrder(tree.getId());
        Map<Long, List<KnowledgeNode>> children = new HashMap<>();
        List<KnowledgeNode> roots = new ArrayList<>();
        for (KnowledgeNode n : active) {
            if (n.getParentId() == null) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.getParentId(), k -> new ArrayList<>()).add(n);
            }
        }
        List<KnowledgeNodeView> rootViews = roots.stream().map(r -> nodeView(r, children)).toList();
        return new KnowledgeTreeView(tree.getId(), tree.getInstitutionId(), occupation.getCode().value(),
                occupation.getName(), workTypeName(tree), tree.getLevel(), tree.getSubject(), tree.getRevision(),
                tree.getVersion(), tree.getUpdatedAt(), rootViews);
    }

    KnowledgeTreeSummary summary(KnowledgeTree tree) {
        Occupation occupation = occupations.get(tree.getOccupationId());
        return new KnowledgeTreeSummary(tree.getId(), occupation.getCode().value(), occupation.getName(),
                workTypeName(tree), tree.getLevel(), tree.getSubject(), tree.getRevision(), tree.getVersion(),
                tree.getNodeCount(), tree.getPointCount(), tree.getUpdatedAt());
    }

    private String workTypeName(KnowledgeTree tree) {
        return tree.getWorkTypeId() == null ? null : occupations.getWorkType(tree.getWorkTypeId()).getName();
    }

    private static KnowledgeNodeView nodeView(KnowledgeNode n, Map<Long, List<KnowledgeNode>> children) {
        List<KnowledgeNodeView> kids = children.getOrDefault(n.getId(), List.of()).stream()
                .map(c -> nodeView(c, children)).toList();
        return new KnowledgeNodeView(n.getId(), n.codeValue(), n.getCode(), n.getName(), n.getWeight(),
                n.getImportance(), n.getParentId(), n.getDepth(), kids);
    }
}
