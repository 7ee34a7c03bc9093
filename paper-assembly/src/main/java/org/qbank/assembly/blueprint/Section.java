package org.qbank.assembly.blueprint;

import java.math.BigDecimal;

import org.qbank.bank.item.ItemType;

/** One part of a paper: 题型, how many items, points for each. */
public record Section(ItemType type, int count, BigDecimal pointsEach) {

    public BigDecimal points() {
        return pointsEach.multiply(BigDecimal.valueOf(count));
    }
}
