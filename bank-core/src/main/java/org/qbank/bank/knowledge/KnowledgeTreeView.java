package org.qbank.bank.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The tree as rows of the 鉴定要素细目表 sheet, in tree order: what an export writes and a re-import reads back
     * unchanged. Digit-group codes carry their parent code explicitly.
     */
    public List<KnowledgeRow> toRows() {
        Map<Long, KnowledgeNodeView> byId = new HashMap<>();
        List<KnowledgeNodeView> all = nodes();
        all.forEach(n -> byId.put(n.id(), n));
        List<KnowledgeRow> rows = new ArrayList<>();
        for (KnowledgeNodeView n : all) {
            KnowledgeNodeView parent = n.parentId() == null ? null : byId.get(n.parentId());
            String parentCode = parent != null && n.code().isDigitGroup() ? parent.displayCode() : null;
            rows.add(new KnowledgeRow(occupationCode, occupationName, workType, level.grade(), subject.displayName(),
                    n.displayCode(), n.name(), n.weight(), n.importance() == null ? null : n.importance().name(),
                    parentCode));
        }
        return rows;
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
