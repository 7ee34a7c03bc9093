package org.qbank.assembly.draw;

/** How an assembly ended. */
public enum Verdict {
    /** Every paper meets every hard rule. */
    ASSEMBLED,
    /** Counting proves the blueprint cannot be met from this bank; see the shortfalls. */
    IMPOSSIBLE,
    /** The solver stopped without a valid paper; counting could not prove it impossible. See the broken rules. */
    NOT_PROVEN_IMPOSSIBLE
}
