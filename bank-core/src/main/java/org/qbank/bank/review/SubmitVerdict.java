package org.qbank.bank.review;

import java.util.Set;

/** An expert's verdict on the pinned version of one item of the round, with checklist reasons and a comment. */
public record SubmitVerdict(long roundId, long itemId, Verdict verdict, Set<ReviewReason> reasons, String comment) {

    public SubmitVerdict {
        reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
    }
}
