package org.qbank.bank.plan;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/** A batch as callers read it, sessions by start time. {@code workType} is null for the whole occupation. */
public record BatchView(long id, long institutionId, String code, String occupationCode, String occupationName,
                        String workType, Set<Level> levels, Set<Subject> subjects, BatchState state, long version,
                        Instant createdAt, List<SessionView> sessions) {

    public BatchView {
        levels = Set.copyOf(levels);
        subjects = Set.copyOf(subjects);
        sessions = List.copyOf(sessions);
    }
}
