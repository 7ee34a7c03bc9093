package org.qbank.bank.search;

import java.time.Instant;

/** One result; {@code snippet} is HTML-escaped stem text with matches in {@code <mark>}. */
public record SearchHit(long itemId, long institutionId, String itemCode, String type, int level, String status,
                        String knowledgePointCode, String knowledgePointName, String snippet, float score,
                        int usageCount, Instant updatedAt) {
}
