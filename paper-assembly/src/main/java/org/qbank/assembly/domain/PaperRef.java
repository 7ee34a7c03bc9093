package org.qbank.assembly.domain;

import java.math.BigDecimal;

import org.qbank.assembly.blueprint.ExposurePolicy;

/**
 * One paper being assembled (a batch solves several) with the limits its constraints read.
 *
 * @param earlierLimit  most items it may share with any one look-back earlier paper
 * @param batchShare    share of the smaller paper two batch papers may have in common
 * @param minDifficulty smallest allowed sum of difficulties; {@code maxDifficulty} the largest
 * @param targetTenths  target difficulty sum in tenths (soft)
 * @param pointCap      at most this many items per 鉴定点
 */
public record PaperRef(int index, int size, int earlierLimit, BigDecimal batchShare, int minDifficulty,
                       int maxDifficulty, int targetTenths, int pointCap) {

    public int batchLimitWith(PaperRef other) {
        return ExposurePolicy.allowedShared(batchShare, Math.min(size, other.size));
    }

    public int difficultyExcess(int sum) {
        return sum < minDifficulty ? minDifficulty - sum : sum > maxDifficulty ? sum - maxDifficulty : 0;
    }
}
