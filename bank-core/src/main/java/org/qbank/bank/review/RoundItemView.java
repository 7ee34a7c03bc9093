package org.qbank.bank.review;

import java.time.Instant;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/** An item of a round without its content (the content is read through the panel-only item read). */
public record RoundItemView(long itemId, String itemCode, Level level, Subject subject, long versionId,
                            int versionNumber, String contentHash, RoundItemState state, Verdict conclusion,
                            String conclusionNote, Instant concludedAt, Long revisedVersionId,
                            Integer revisedVersionNumber) {
}
