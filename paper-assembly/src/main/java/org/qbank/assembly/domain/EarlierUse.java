package org.qbank.assembly.domain;

/** Fact: item {@code itemId} appeared in the earlier paper {@code paper}. Joined to slots by item id. */
public record EarlierUse(long itemId, EarlierRef paper) {
}
