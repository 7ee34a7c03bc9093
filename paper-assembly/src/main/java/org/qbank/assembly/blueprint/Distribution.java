package org.qbank.assembly.blueprint;

/**
 * How a section's count spreads over the 细目表.
 *
 * @param depth       depth of the 鉴定范围 the counts are allocated to (1 = top level)
 * @param perPointCap at most this many items per 鉴定点 in one paper (default 1)
 */
public record Distribution(DistributionMode mode, int depth, int perPointCap) {

    public static Distribution byKnowledgePoint(int depth) {
        return new Distribution(DistributionMode.BY_KNOWLEDGE_POINT, depth, 1);
    }

    public static Distribution byType() {
        return new Distribution(DistributionMode.BY_TYPE, 0, Integer.MAX_VALUE);
    }

    public Distribution withPerPointCap(int cap) {
        return new Distribution(mode, depth, cap);
    }
}
