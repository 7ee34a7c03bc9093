package org.qbank.assembly.forecast;

/**
 * Supply of one slot group (题型 × 鉴定范围).
 *
 * @param perPaper         items one paper needs from it
 * @param usable           approved items left after the exposure filter
 * @param unused           of those, items in no look-back paper and never issued
 * @param freshPapers      ⌊unused / perPaper⌋: papers it can still fill with unused items only
 * @param papersUnderCap   ⌊Σ remaining exposure / perPaper⌋ when an exposure cap is set, else -1
 */
public record GroupSupply(String label, String rangeCode, int perPaper, int usable, int unused, int freshPapers,
                          int papersUnderCap) {
}
