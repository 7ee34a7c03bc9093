package org.qbank.bank.plan;

/**
 * Change a 考务方案. A draft takes the edit directly ({@code reason} optional); a submitted, approved or running
 * plan takes it only as an amendment with a {@code reason}.
 */
public record ChangePlan(long batchId, PlanEdit edit, String reason) {

    public static ChangePlan draft(long batchId, PlanEdit edit) {
        return new ChangePlan(batchId, edit, null);
    }
}
