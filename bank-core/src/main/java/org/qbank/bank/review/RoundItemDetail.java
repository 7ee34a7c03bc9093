package org.qbank.bank.review;

import org.qbank.bank.item.ItemContent;

/** What a panel member reads of one item: its state, the pinned content and their own verdict (or null). */
public record RoundItemDetail(RoundItemView item, ItemContent content, VerdictView myVerdict) {
}
