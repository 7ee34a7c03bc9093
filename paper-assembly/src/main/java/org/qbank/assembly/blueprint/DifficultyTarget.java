package org.qbank.assembly.blueprint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Mean difficulty (1 易 … 5 难) of the paper must lie within {@code mean ± tolerance} (a hard rule).
 * {@code bandShares} optionally asks for a share of items per difficulty (soft, may be empty).
 */
public record DifficultyTarget(BigDecimal mean, BigDecimal tolerance, Map<Integer, BigDecimal> bandShares) {

    public DifficultyTarget {
        bandShares = bandShares == null ? Map.of() : Map.copyOf(bandShares);
    }

    public static DifficultyTarget of(String mean, String tolerance) {
        return new DifficultyTarget(new BigDecimal(mean), new BigDecimal(tolerance), Map.of());
    }

    /** Smallest allowed sum of difficulties over {@code n} items. */
    public int minSum(int n) {
        return mean.subtract(tolerance).multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** Largest allowed sum of difficulties over {@code n} items. */
    public int maxSum(int n) {
        return mean.add(tolerance).multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    /** Wanted count per difficulty for {@code n} items: each share of n, rounded half up. */
    public Map<Integer, Integer> bandCounts(int n) {
        Map<Integer, Integer> out = new java.util.TreeMap<>();
        bandShares.forEach((band, share) -> out.put(band,
                share.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.HALF_UP).intValueExact()));
        return out;
    }

    /** Target sum in tenths of a difficulty step (for the soft deviation). */
    public int targetSumTenths(int n) {
        return mean.multiply(BigDecimal.valueOf(10L * n)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
