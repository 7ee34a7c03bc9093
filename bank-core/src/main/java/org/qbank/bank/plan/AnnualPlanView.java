package org.qbank.bank.plan;

import java.time.Instant;
import java.util.List;

/** An annual plan as read; totals over its lines. */
public record AnnualPlanView(long id, long institutionId, int year, int revision, long version, Instant updatedAt,
                             List<PlannedLine> lines) {

    public AnnualPlanView {
        lines = List.copyOf(lines);
    }

    public int totalSessions() {
        return lines.stream().mapToInt(PlannedLine::sessions).sum();
    }

    public int totalCandidates() {
        return lines.stream().mapToInt(PlannedLine::candidates).sum();
    }
}
