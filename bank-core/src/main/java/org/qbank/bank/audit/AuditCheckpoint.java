package org.qbank.bank.audit;

import java.time.Instant;

/**
 * A dated copy of a chain head, kept outside the database (printed, filed, mailed). A later verify against it
 * proves the chain was not rewritten from that point back.
 */
public record AuditCheckpoint(long institutionId, long seq, String headHash, Instant takenAt) {
}
