package org.qbank.assembly.blueprint;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Freshness rules (DOMAIN §8). Overlap limits are shares of the paper: {@code 0.30} lets a paper of 100 items share
 * at most ⌊0.30·100⌋ = 30 with any earlier paper in the look-back.
 *
 * @param maxEarlierOverlap share of the paper that may repeat any one earlier paper (default 0.30)
 * @param lookBackMonths    earlier papers counted (ISSUED, USED, VOIDED) within this many months (default 24)
 * @param maxBatchOverlap   share two papers of one batch may have in common, smaller paper as denominator (0.10)
 * @param exposureCap       an item issued to this many sessions in the look-back is not used again (0 = no cap)
 * @param preferLeastUsed   prefer items issued to fewer sessions
 */
public record ExposurePolicy(BigDecimal maxEarlierOverlap, int lookBackMonths, BigDecimal maxBatchOverlap,
                             int exposureCap, boolean preferLeastUsed) {

    public static ExposurePolicy defaults() {
        return new ExposurePolicy(new BigDecimal("0.30"), 24, new BigDecimal("0.10"), 0, true);
    }

    public ExposurePolicy withMaxEarlierOverlap(String share) {
        return new ExposurePolicy(new BigDecimal(share), lookBackMonths, maxBatchOverlap, exposureCap, preferLeastUsed);
    }

    public ExposurePolicy withMaxBatchOverlap(String share) {
        return new ExposurePolicy(maxEarlierOverlap, lookBackMonths, new BigDecimal(share), exposureCap, preferLeastUsed);
    }

    public ExposurePolicy withExposureCap(int cap) {
        return new ExposurePolicy(maxEarlierOverlap, lookBackMonths, maxBatchOverlap, cap, preferLeastUsed);
    }

    /** ⌊share·size⌋ items. */
    public static int allowedShared(BigDecimal share, int size) {
        return share.multiply(BigDecimal.valueOf(size)).setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    public int allowedWithEarlier(int paperSize) {
        return allowedShared(maxEarlierOverlap, paperSize);
    }

    public int allowedWithinBatch(int smallerPaperSize) {
        return allowedShared(maxBatchOverlap, smallerPaperSize);
    }
}
