package org.qbank.bank.review;

import java.time.Instant;

import org.qbank.bank.common.Level;

/** A level's sign-off: the 评审意见, who signed and when, and the SHA-256 digest of the covered versions. */
public record SignOffView(Level level, String opinion, Long signerId, String signerName, Instant signedAt,
                          String digest) {
}
