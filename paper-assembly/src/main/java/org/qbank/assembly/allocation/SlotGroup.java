package org.qbank.assembly.allocation;

import org.qbank.bank.item.ItemType;

/**
 * A group of interchangeable slots in a paper: {@code count} items of {@code type} drawn from the 鉴定范围
 * {@code rangeCode} (null when the blueprint distributes by type only).
 */
public record SlotGroup(ItemType type, String rangeCode, int count) {

    public String label() {
        return rangeCode == null ? type.displayName() : type.displayName() + " in 鉴定范围 " + rangeCode;
    }
}
