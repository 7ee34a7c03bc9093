package org.qbank.bank.review;

/**
 * The leader's conclusion on one item. {@code verdict} may be null to take the majority; on a tie it names the
 * leader's choice and {@code note} gives the reason.
 */
public record ConcludeItem(long roundId, long itemId, Verdict verdict, String note) {
}
