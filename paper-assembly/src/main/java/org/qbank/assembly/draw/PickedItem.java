package org.qbank.assembly.draw;

import org.qbank.bank.item.ItemType;

/** One question of an assembled paper, pinned to the version that was chosen. */
public record PickedItem(long itemId, String itemCode, long versionId, ItemType type, String rangeCode,
                         String pointCode, int difficulty) {
}
