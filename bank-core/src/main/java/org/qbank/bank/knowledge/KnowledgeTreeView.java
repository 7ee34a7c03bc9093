package org.qbank.bank.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * A stored 细目表 as a tree of records: what the solver, the item editor and exports read. {@code workType} is null
 * when the tree covers the whole occupation. Only active nodes appear.
 */
public record KnowledgeTreeView(long id, long institutionId, String occupationCode, String occupationName,
                                String workType, Level level, Subject subject, int revision, long version,
                                Instant updatedAt, List<KnowledgeNodeView> roots) {

    public KnowledgeTreeView {
        roots = List.copyOf(roots);
    }

    /** Every node, parents before children, siblings in code order. */
    public List<KnowledgeNodeView> nodes() {
        List<KnowledgeNodeView> out = new ArrayList<>();
        roots.forEach(r -> preorder(r, out));
        return out;
    }

    public Optional<KnowledgeNodeView> node(String code) {
        String display = KnowledgePointCode.parse(code).display();
        return nodes().stream().filter(n -> n.displayCode().equals(display)).findFirst();
    }

    /** Every 鉴定点 in code order with its ancestor chain. */
    public List<KnowledgePointPath> points() {
        List<KnowledgePointPath> out = new ArrayList<>();
        List<KnowledgeNodeView> chain = new ArrayList<>();
        roots.forEach(r -> collectPoints(r, chain, out));
        return out;
    }

    public int pointCount() {
        return points().size();
    }

    private static void preorder(KnowledgeNodeView n, List<KnowledgeNodeView> out) {
        out.add(n);
        n.children().forEach(c -> preorder(c, out));
    }

    private static void collectPoints(KnowledgeNodeView n, List<KnowledgeNodeView> chain,
                                      List<KnowledgePointPath> out) {
        if (n.isPoint()) {
            out.add(new KnowledgePointPath(n, chain));
            return;
        }
        chain.add(n);
        n.children().forEach(c -> collectPoints(c, chain, out));
        chain.remove(chain.size() - 1);
    }
}
