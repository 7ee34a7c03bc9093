package org.qbank.portal.assembly;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * An assembly job: how many papers to assemble together (pairwise overlap bounded), how many more as 备用卷
 * (spares, bound by the same pairwise limit), and an optional seed.
 */
record JobRequest(@Min(1) @Max(100) int papers, @Min(0) @Max(20) Integer spares, Long seed,
                  @Min(1) @Max(600) Integer timeLimitSeconds) {

    int spareCount() {
        return spares == null ? 0 : spares;
    }
}
