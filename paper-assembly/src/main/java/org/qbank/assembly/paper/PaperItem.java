package org.qbank.assembly.paper;

/**
 * A question of a paper at its position (1-based), pinned to one item version.
 *
 * @param optionOrder for a shuffled 单选/多选 question, the original option labels in printed order ("CADB":
 *                    printed A is the original C); null when printed as stored
 */
public record PaperItem(int position, long itemId, String itemCode, long versionId, String optionOrder) {

    /** A question printed with its options as stored. */
    public PaperItem(int position, long itemId, String itemCode, long versionId) {
        this(position, itemId, itemCode, versionId, null);
    }

    PaperItem withOptionOrder(String order) {
        return new PaperItem(position, itemId, itemCode, versionId, order);
    }
}
