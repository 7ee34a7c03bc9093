package org.qbank.bank.review;

import java.util.List;

import org.qbank.bank.common.Level;

/** Whether a round's signed sheet still matches the bank; each problem names the level and the version. */
public record SheetVerification(long roundId, boolean valid, int signedLevels, int coveredVersions,
                                List<Problem> problems) {

    public SheetVerification {
        problems = List.copyOf(problems);
    }

    public record Problem(Level level, String itemCode, Long versionId, String message) {
    }
}
