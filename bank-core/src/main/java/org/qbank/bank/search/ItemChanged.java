package org.qbank.bank.search;

/**
 * Published by the item module inside the transaction that changes an item (created, edited, new version,
 * status change, retired); the index picks it up only after that transaction commits.
 */
public record ItemChanged(long institutionId, long itemId) {
}
