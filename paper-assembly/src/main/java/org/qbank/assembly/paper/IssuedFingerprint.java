package org.qbank.assembly.paper;

import java.time.Instant;

/** An issued paper's fingerprint: kept for ever, so the same item set is never issued again. */
public record IssuedFingerprint(long paperId, String fingerprint, Instant issuedAt) {
}
