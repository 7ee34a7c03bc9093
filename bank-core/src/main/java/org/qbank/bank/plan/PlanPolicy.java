package org.qbank.bank.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of plan filing ({@code qbank.plan.*}): the working days required between filing and the first session
 * (DOMAIN §8: 5), what happens to a late plan, and how many years a batch's records are kept (5).
 */
@ConfigurationProperties("qbank.plan")
public record PlanPolicy(@DefaultValue("5") int deadlineWorkingDays,
                         @DefaultValue("REFUSE") LatePolicy latePlans,
                         @DefaultValue("5") int retentionYears) {

    /** A late plan is refused, or accepted and marked late when a reason is given. */
    public enum LatePolicy { REFUSE, ACCEPT_WITH_REASON }

    public static PlanPolicy defaults() {
        return new PlanPolicy(5, LatePolicy.REFUSE, 5);
    }
}
