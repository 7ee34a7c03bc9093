package org.qbank.assembly.draw;

import java.time.Duration;

/**
 * When a solve stops: at the first paper meeting every hard rule ({@code stopAtFirstFeasible}), otherwise when
 * the best score has not improved for {@code unimprovedLimit}; local search never runs longer than
 * {@code timeLimit} (the construction before it always completes).
 */
public record AssemblyOptions(Duration timeLimit, Duration unimprovedLimit, boolean stopAtFirstFeasible) {

    public static AssemblyOptions firstFeasible(Duration timeLimit) {
        return new AssemblyOptions(timeLimit, timeLimit, true);
    }

    public static AssemblyOptions defaults() {
        return new AssemblyOptions(Duration.ofSeconds(60), Duration.ofSeconds(2), false);
    }
}
