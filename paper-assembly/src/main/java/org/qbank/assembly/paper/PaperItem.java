package org.qbank.assembly.paper;

import java.math.BigDecimal;

/**
 * A question of a paper at its position (1-based), pinned to one item version.
 *
 * @param optionOrder for a shuffled 单选/多选 question, the original option labels in printed order ("CADB":
 *                    printed A is the original C); null when printed as stored
 * @param points      the question's 配分 as drawn (skill papers: its module's share of the 技能要求权重表); null
 *                    when the paper's points come from its blueprint's sections
 */
public record PaperItem(int position, long itemId, String itemCode, long versionId, String optionOrder,
                        BigDecimal points) {

    /** A question printed with its options as stored. */
    public PaperItem(int position, long itemId, String itemCode, long versionId) {
        this(position, itemId, itemCode, versionId, null, null);
    }

    public PaperItem(int position, long itemId, String itemCode, long versionId, String optionOrder) {
        this(position, itemId, itemCode, versionId, optionOrder, null);
    }

    PaperItem withOptionOrder(String order) {
        return new PaperItem(position, itemId, itemCode, versionId, order, points);
    }
}
