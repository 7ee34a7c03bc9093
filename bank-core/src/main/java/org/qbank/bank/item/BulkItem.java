package org.qbank.bank.item;

import java.time.Instant;
import java.util.List;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * An item written by {@link ItemBulkWriter} together with its versions, oldest first. {@code code} null means
 * generate one. At most one version may be APPROVED; it becomes the current version.
 */
public record BulkItem(long institutionId, String code, long occupationId, Long workTypeId, Level level,
                       Subject subject, ItemType type, long knowledgePointId, String author, String source,
                       String enemyGroup, Instant createdAt, List<Version> versions) {

    public BulkItem {
        versions = List.copyOf(versions);
    }

    /** One version as it is to be stored (e.g. 已审定 from an import → APPROVED). */
    public record Version(ItemContent content, ItemStatus status, Instant createdAt, String changeNote) {
    }
}
