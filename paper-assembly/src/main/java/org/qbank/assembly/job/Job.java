package org.qbank.assembly.job;

import java.time.Duration;
import java.util.List;

import org.qbank.assembly.blueprint.SavedBlueprint;
import org.qbank.assembly.draw.SolveListener;

/** One running or finished job; the solver thread writes, status readers read (all under the job's lock). */
final class Job implements SolveListener {

    final String id;
    final SavedBlueprint saved;
    private final Long sessionId;
    private final long timeLimitMillis;
    private final long started = System.nanoTime();
    private JobState state = JobState.RUNNING;
    private String bestScore;
    private boolean feasible;
    private int improvements;
    private Long paperId;
    private List<String> messages = List.of();
    private long finishedMillis = -1;

    Job(String id, SavedBlueprint saved, Long sessionId, long timeLimitMillis) {
        this.id = id;
        this.saved = saved;
        this.sessionId = sessionId;
        this.timeLimitMillis = timeLimitMillis;
    }

    @Override
    public synchronized void improved(Duration elapsed, String score, boolean isFeasible) {
        bestScore = score;
        feasible = isFeasible;
        improvements++;
    }

    synchronized void finish(JobState end, Long paper, List<String> lines) {
        state = end;
        paperId = paper;
        messages = List.copyOf(lines);
        finishedMillis = elapsed();
    }

    synchronized JobStatus status() {
        long elapsed = finishedMillis >= 0 ? finishedMillis : elapsed();
        return new JobStatus(id, saved.institutionId(), saved.id(), sessionId, state, elapsed, timeLimitMillis,
                bestScore, feasible, improvements, paperId, messages);
    }

    private long elapsed() {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
