package org.qbank.assembly.paper;

import java.time.Instant;
import java.util.List;

import org.qbank.bank.usage.IssueRecord;
import org.qbank.bank.usage.ItemVersionRef;
import org.qbank.bank.usage.UsageRecorder;
import org.springframework.stereotype.Component;

/**
 * Exposure kept by bank-core's usage counts, so the catalog's least-used ordering (and every later assembly) sees
 * issued papers. {@link UsageRecorder} demands the caller's transaction: issuing and marking used provide it.
 */
@Component
class UsageExposureRecorder implements ExposureRecorder {

    private final UsageRecorder usage;

    UsageExposureRecorder(UsageRecorder usage) {
        this.usage = usage;
    }

    @Override
    public void recordIssue(long institutionId, long paperId, long sessionId, List<PaperItem> items, Instant at) {
        List<ItemVersionRef> refs = items.stream().map(i -> new ItemVersionRef(i.itemId(), i.versionId())).toList();
        usage.recordIssue(new IssueRecord(institutionId, paperId, sessionId, refs, at));
    }

    @Override
    public void recordSat(long institutionId, long paperId, int candidates) {
        usage.recordSat(institutionId, paperId, candidates);
    }
}
