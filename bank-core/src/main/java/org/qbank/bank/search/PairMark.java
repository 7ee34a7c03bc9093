package org.qbank.bank.search;

import java.time.Instant;

/** A stored decision on the pair {@code itemA < itemB} within one institution. */
public record PairMark(long institutionId, long itemA, long itemB, PairMarkKind kind, String note, long markedBy,
                       Instant markedAt) {
}
