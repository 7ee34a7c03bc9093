package org.qbank.bank.usage;

/** One item of a paper: the item and the exact version the paper holds. */
public record ItemVersionRef(long itemId, long versionId) {
}
