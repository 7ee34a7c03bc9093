package org.qbank.bank.usage;

import java.time.Instant;
import java.util.List;

/** A paper issued to a session (DOMAIN §8: a paper is issued to exactly one session, ever). */
public record IssueRecord(long institutionId, long paperId, long sessionId, List<ItemVersionRef> items, Instant issuedAt) {

    public IssueRecord {
        items = List.copyOf(items);
    }
}
