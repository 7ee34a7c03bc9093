package org.qbank.bank.item;

import java.time.Instant;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * An item with its latest version and its current approved version (null when none is approved).
 * {@link #lockVersion()} is what an editor passes back as the expected version of its edit.
 */
public record ItemView(long id, long institutionId, ItemCode code, long occupationId, Long workTypeId, Level level,
                       Subject subject, ItemType type, long knowledgePointId, String author, String source,
                       String enemyGroup, Instant createdAt, Instant retiredAt, long lockVersion,
                       ItemVersionView latest, ItemVersionView current) {

    public boolean retired() {
        return retiredAt != null;
    }
}
