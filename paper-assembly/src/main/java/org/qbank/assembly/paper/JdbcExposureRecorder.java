package org.qbank.assembly.paper;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes one {@code assembly_exposure} row per item and session. */
@Component
class JdbcExposureRecorder implements ExposureRecorder {

    private final JdbcClient jdbc;

    JdbcExposureRecorder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void recordIssue(long institutionId, long paperId, long sessionId, List<PaperItem> items, Instant at) {
        for (PaperItem i : items) {
            jdbc.sql("INSERT INTO assembly_exposure (item_id, session_id, paper_id, institution_id, issued_at) VALUES (?, ?, ?, ?, ?)")
                    .params(i.itemId(), sessionId, paperId, institutionId, Papers.utc(at)).update();
        }
    }
}
