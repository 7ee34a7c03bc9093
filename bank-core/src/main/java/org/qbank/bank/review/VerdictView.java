package org.qbank.bank.review;

import java.time.Instant;
import java.util.Set;

/** One expert's verdict as shown. */
public record VerdictView(long itemId, long versionId, long expertUserId, String expertName, Verdict verdict,
                          Set<ReviewReason> reasons, String comment, Instant submittedAt) {

    public VerdictView {
        reasons = Set.copyOf(reasons);
    }
}
