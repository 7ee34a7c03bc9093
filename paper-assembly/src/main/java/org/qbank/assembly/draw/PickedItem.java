package org.qbank.assembly.draw;

import java.math.BigDecimal;

import org.qbank.bank.item.ItemType;

/**
 * One question of an assembled paper, pinned to the version that was chosen.
 *
 * @param points the question's 配分 when the assembly gives one (a skill task's share of the 技能要求权重表);
 *               null otherwise
 */
public record PickedItem(long itemId, String itemCode, long versionId, ItemType type, String rangeCode,
                         String pointCode, int difficulty, BigDecimal points) {

    /** A question without 配分 of its own. */
    public PickedItem(long itemId, String itemCode, long versionId, ItemType type, String rangeCode, String pointCode,
                      int difficulty) {
        this(itemId, itemCode, versionId, type, rangeCode, pointCode, difficulty, null);
    }
}
