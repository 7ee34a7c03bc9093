package org.qbank.bank.review;

/**
 * An item of a round as a list shows it: its state and the reader's own verdict (null before they gave one),
 * without the pinned content.
 */
public record RoundItemMark(RoundItemView item, VerdictView myVerdict) {
}
