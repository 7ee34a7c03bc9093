package org.qbank.bank.plan;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * What the bank must supply for one occupation / work type / level / subject in a year: one fresh paper per
 * planned session. {@code scheduledSessions} counts the sessions already in the institution's batches of that
 * year (not cancelled), so a supply check can compare the bank against the sessions still to come
 * ({@link #remainingSessions()}).
 */
public record PlannedDemand(String occupationCode, String workType, Level level, Subject subject,
                            int plannedBatches, int plannedSessions, int expectedCandidates, int scheduledSessions) {

    public int remainingSessions() {
        return Math.max(0, plannedSessions - scheduledSessions);
    }
}
