package org.qbank.bank.plan;

import java.util.List;

/** Save (create or replace) an institution's plan for a year; {@code expectedVersion} guards concurrent edits. */
public record SaveAnnualPlan(long institutionId, int year, List<PlannedLine> lines, Long expectedVersion) {

    public SaveAnnualPlan {
        lines = List.copyOf(lines);
    }
}
