package org.qbank.bank.knowledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A node of a stored 细目表 with its children (siblings in code order). {@code weight} is set on 鉴定范围,
 * {@code importance} on 鉴定点; {@code depth} is 1 for the top level.
 */
public record KnowledgeNodeView(long id, KnowledgePointCode code, String displayCode, String name, BigDecimal weight,
                                Importance importance, Long parentId, int depth, List<KnowledgeNodeView> children) {

    public KnowledgeNodeView {
        children = List.copyOf(children);
    }

    /** A 鉴定点: a leaf carrying X/Y/Z. */
    public boolean isPoint() {
        return children.isEmpty() && importance != null;
    }

    /** The leaves at or below this node, in code order (the node itself when it is a leaf). */
    public List<KnowledgeNodeView> leaves() {
        List<KnowledgeNodeView> out = new ArrayList<>();
        collectLeaves(this, out);
        return out;
    }

    private static void collectLeaves(KnowledgeNodeView n, List<KnowledgeNodeView> out) {
        if (n.children.isEmpty()) {
            out.add(n);
        }
        n.children.forEach(c -> collectLeaves(c, out));
    }
}
