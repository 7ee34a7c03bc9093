package org.qbank.portal.assembly;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** An assembly job: how many papers to assemble together (pairwise overlap bounded) and an optional seed. */
record JobRequest(@Min(1) @Max(100) int papers, Long seed, @Min(1) @Max(600) Integer timeLimitSeconds) {
}
