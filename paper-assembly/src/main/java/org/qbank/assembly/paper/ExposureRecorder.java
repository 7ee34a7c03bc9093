package org.qbank.assembly.paper;

import java.time.Instant;
import java.util.List;

/**
 * Records that a paper's items were issued to a session (exposure, DOMAIN §8). Called inside the issuing
 * transaction, so exposure and the issue commit or roll back together.
 */
public interface ExposureRecorder {

    void recordIssue(long institutionId, long paperId, long sessionId, List<PaperItem> items, Instant at);
}
