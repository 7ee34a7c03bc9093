package org.qbank.assembly.job;

import java.util.List;
import java.util.UUID;

import org.qbank.assembly.draw.AssemblyOutcome;

/**
 * Snapshot of a job: its state, best score over time, and the outcome once finished (null before).
 *
 * @param spares how many of the outcome's papers (the last ones) are 备用卷
 */
public record JobStatus(UUID id, long institutionId, JobState state, List<Progress> progress, AssemblyOutcome outcome,
                        String error, int spares) {

    public JobStatus {
        progress = List.copyOf(progress);
    }
}
