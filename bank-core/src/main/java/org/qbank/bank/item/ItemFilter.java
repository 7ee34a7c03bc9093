package org.qbank.bank.item;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * What to list; every null field matches everything. {@code status} is the status of the latest version;
 * {@code codePrefix} matches the start of the 试题编码; {@code includeRetired} false hides retired items.
 */
public record ItemFilter(Long occupationId, Long workTypeId, Level level, Subject subject, ItemType type,
                         ItemStatus status, Long knowledgePointId, String codePrefix, boolean includeRetired) {

    public static ItemFilter all() {
        return new ItemFilter(null, null, null, null, null, null, null, null, false);
    }
}
