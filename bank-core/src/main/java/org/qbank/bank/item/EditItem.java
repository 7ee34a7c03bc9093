package org.qbank.bank.item;

/**
 * Writes new content as a new DRAFT version. {@code expectedLockVersion} is the {@link ItemView#lockVersion()}
 * the editor started from; if the item changed since, the edit fails with a stale-version conflict and nothing
 * is written.
 */
public record EditItem(long itemId, long expectedLockVersion, ItemContent content, String changeNote) {
}
