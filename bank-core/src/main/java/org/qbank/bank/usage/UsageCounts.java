package org.qbank.bank.usage;

import java.time.Instant;

/** Usage of one item or one version: papers containing it, sessions issued to, candidates exposed, last issue. */
public record UsageCounts(int papers, int sessions, int candidates, Instant lastIssuedAt) {

    public static final UsageCounts NONE = new UsageCounts(0, 0, 0, null);
}
