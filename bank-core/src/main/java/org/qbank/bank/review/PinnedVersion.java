package org.qbank.bank.review;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemStatus;

/** An item version as a round sees it (read from the bank by {@link ItemVersionLookup}). */
record PinnedVersion(long institutionId, long occupationId, Long workTypeId, long itemId, String itemCode,
                     Level level, Subject subject, long versionId, int versionNumber, String contentHash,
                     long authorId, ItemStatus status, boolean itemRetired) {
}
