package org.qbank.assembly.domain;

import java.math.BigDecimal;
import java.util.Map;

import org.qbank.assembly.blueprint.ExposurePolicy;

/**
 * One paper being assembled (a batch solves several) with the limits its constraints read.
 *
 * @param earlierLimit  most items it may share with any one look-back earlier paper
 * @param batchShare    share of the smaller paper two batch papers may have in common
 * @param minDifficulty smallest allowed sum of difficulties; {@code maxDifficulty} the largest
 * @param targetTenths  target difficulty sum in tenths (soft)
 * @param pointCap      at most this many items per 鉴定点
 * @param bandTargets   wanted item count per difficulty (1..5) when the blueprint asks for a mix (may be empty)
 */
public record PaperRef(int index, int size, int earlierLimit, BigDecimal batchShare, int minDifficulty,
                       int maxDifficulty, int targetTenths, int pointCap, Map<Integer, Integer> bandTargets) {

    public PaperRef {
        bandTargets = Map.copyOf(bandTargets);
    }

    public PaperRef(int index, int size, int earlierLimit, BigDecimal batchShare, int minDifficulty,
                    int maxDifficulty, int targetTenths, int pointCap) {
        this(index, size, earlierLimit, batchShare, minDifficulty, maxDifficulty, targetTenths, pointCap, Map.of());
    }

    /** Items of difficulty {@code band} beyond the wanted count (0 when no mix is asked for that band). */
    public int bandExcess(int band, int count) {
        Integer target = bandTargets.get(band);
        return target == null ? 0 : Math.max(0, count - target);
    }

    public int batchLimitWith(PaperRef other) {
        return ExposurePolicy.allowedShared(batchShare, Math.min(size, other.size));
    }

    public int difficultyExcess(int sum) {
        return sum < minDifficulty ? minDifficulty - sum : sum > maxDifficulty ? sum - maxDifficulty : 0;
    }
}
