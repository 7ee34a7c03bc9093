package org.qbank.bank.knowledge;

import java.util.List;

/** A 鉴定点 with its ancestors, top level first (the point itself is not among them). */
public record KnowledgePointPath(KnowledgeNodeView point, List<KnowledgeNodeView> ancestors) {

    public KnowledgePointPath {
        ancestors = List.copyOf(ancestors);
    }

    /** The ancestor at {@code depth} (1 = top level), or the point when depth reaches it. */
    public KnowledgeNodeView atDepth(int depth) {
        return depth > ancestors.size() ? point : ancestors.get(depth - 1);
    }
}
