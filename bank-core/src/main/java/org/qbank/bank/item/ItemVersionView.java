package org.qbank.bank.item;

import java.time.Instant;

/**
 * One stored version of an item as read back. Immutable: content and hash never change once written; only
 * {@link #status()} moves (DRAFT → SUBMITTED → …), through {@link ItemService}.
 */
public record ItemVersionView(long id, long itemId, int number, ItemStatus status, Instant statusChangedAt,
                              ItemContent content, String contentHash, long authorId, String authorName,
                              Instant createdAt, String changeNote) {

    public boolean eligibleForPapers() {
        return status.eligibleForPapers();
    }
}
