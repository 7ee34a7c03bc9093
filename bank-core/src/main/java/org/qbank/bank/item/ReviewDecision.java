package org.qbank.bank.item;

/**
 * A reviewer's decision on one submitted version: {@code note} is the reason (required when sending back or
 * rejecting) and goes into the audit log.
 */
public record ReviewDecision(long itemId, int versionNumber, String note) {
}
