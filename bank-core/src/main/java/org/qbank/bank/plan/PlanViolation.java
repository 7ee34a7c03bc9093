package org.qbank.bank.plan;

import org.qbank.bank.common.RuleViolationException.Violation;

/** One failure of a plan against the standard: the session (null for the batch as a whole), the rule, and why. */
public record PlanViolation(String sessionCode, PlanRule rule, String message) {

    /** As a generic violation: field "场次 T1" (or "批次"), message prefixed with the rule's name. */
    public Violation toViolation() {
        return new Violation(sessionCode == null ? "批次" : "场次 " + sessionCode,
                "[" + rule.displayName() + "] " + message);
    }
}
