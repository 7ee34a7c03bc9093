package org.qbank.bank.item;

import java.time.Instant;

/**
 * An item whose current version is APPROVED, as paper assembly sees it: identity, the exact version a paper
 * would hold, classification, and exposure so far (sessions issued to, candidates exposed, last issue; 0/null
 * when never issued). Assembly maps this into its own planning model.
 */
public record EligibleItem(long itemId, ItemCode itemCode, long versionId, int versionNumber, String contentHash,
                           ItemType type, long knowledgePointId, Difficulty difficulty, Score score,
                           String enemyGroup, int sessionsIssued, int candidatesExposed, Instant lastIssuedAt) {
}
