package org.qbank.bank.plan;

/** File a draft plan. {@code lateReason} is needed only when the plan is late and late plans are accepted. */
public record SubmitPlan(long batchId, String lateReason) {

    public static SubmitPlan onTime(long batchId) {
        return new SubmitPlan(batchId, null);
    }
}
