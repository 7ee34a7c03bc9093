package org.qbank.bank.audit;

import java.time.Instant;

/** One stored audit entry as read back. */
public record AuditRecord(long institutionId, long seq, Instant at, long actorId, String actorName, String action,
                          String entityType, String entityId, Integer entityVersion, String beforeHash,
                          String afterHash, String detail, String prevHash, String entryHash) {

    /** The hash this entry must carry, recomputed from its own fields and its predecessor's hash. */
    String computeHash() {
        return AuditLog.hash(prevHash, institutionId, seq, at, actorId, actorName, action, entityType, entityId,
                entityVersion, beforeHash, afterHash, detail);
    }
}
