package org.qbank.assembly.job;

import java.util.List;

/**
 * A snapshot of an assembly job for progress displays: elapsed time against the time limit, the best score so
 * far and how often it improved, and when finished the saved draft paper or the reasons it could not be built.
 */
public record JobStatus(String id, long institutionId, long blueprintId, Long sessionId, JobState state,
                        long elapsedMillis, long timeLimitMillis, String bestScore, boolean feasible, int improvements,
                        Long paperId, List<String> messages) {

    public JobStatus {
        messages = List.copyOf(messages);
    }

    /** 0..100: time used of the limit while running, 100 when finished. */
    public int percent() {
        if (state.finished()) {
            return 100;
        }
        return (int) Math.min(99, elapsedMillis * 100 / Math.max(1, timeLimitMillis));
    }
}
