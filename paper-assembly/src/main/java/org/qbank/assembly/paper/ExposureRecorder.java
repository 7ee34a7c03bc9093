package org.qbank.assembly.paper;

import java.time.Instant;
import java.util.List;

/**
 * Exposure of items (DOMAIN §8): the sessions a paper's items were issued to, and the candidates who sat it.
 * Both calls run inside the caller's transaction, so the counts and the paper's state commit or roll back together.
 */
public interface ExposureRecorder {

    /** Counts an issued paper's items and pinned versions once for its session. */
    void recordIssue(long institutionId, long paperId, long sessionId, List<PaperItem> items, Instant at);

    /** Adds the candidates who sat the paper's session, once per paper (a second call is a conflict). */
    void recordSat(long institutionId, long paperId, int candidates);
}
