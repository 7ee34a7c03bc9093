package org.qbank.bank.plan;

/**
 * Change a 考务方案. A draft takes the edit directly ({@code reason} optional); a submitted, approved or running
 * plan takes it only as an amendment with a {@code reason}. {@code expectedVersion}, when given, must be the
 * batch's current version (else a stale-edit conflict).
 */
public record ChangePlan(long batchId, PlanEdit edit, String reason, Long expectedVersion) {

    public ChangePlan(long batchId, PlanEdit edit, String reason) {
        this(batchId, edit, reason, null);
    }

    public static ChangePlan draft(long batchId, PlanEdit edit) {
        return new ChangePlan(batchId, edit, null, null);
    }
}
