package org.qbank.bank.review;

import org.qbank.bank.common.Level;

/** The leader signs one level's 评审意见. */
public record SignLevel(long roundId, Level level, String opinion) {
}
