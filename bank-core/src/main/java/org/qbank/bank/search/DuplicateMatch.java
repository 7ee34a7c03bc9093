package org.qbank.bank.search;

/**
 * An existing item found near the one checked. {@code score} is in [0, 1]; {@code reason} says in Chinese what
 * agrees and what differs; {@code mark} is the remembered decision on the pair, if any (only 互斥 ever shows:
 * pairs marked 不是重复题 are not reported).
 */
public record DuplicateMatch(long itemId, String itemCode, DuplicateClass kind, double score, String reason,
                             PairMarkKind mark) {
}
