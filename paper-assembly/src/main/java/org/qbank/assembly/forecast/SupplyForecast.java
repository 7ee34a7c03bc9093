package org.qbank.assembly.forecast;

import java.util.List;

/**
 * How many more papers the bank supports for a blueprint.
 *
 * @param freshPapers     papers that can still be made from items never used before, each disjoint from the
 *                        others (a guaranteed lower bound as far as counts go)
 * @param papersUnderCap  most papers the exposure cap still allows (-1 when the policy sets no cap)
 * @param simulatedPapers papers a sequential simulation actually assembled under the full policy (-1 if not run)
 * @param firstToRunOut   the slot group that limits {@code freshPapers}, e.g. "单选题 in 鉴定范围 B-B-C"
 */
public record SupplyForecast(int freshPapers, int papersUnderCap, int simulatedPapers, String firstToRunOut,
                             List<GroupSupply> groups) {

    public SupplyForecast {
        groups = List.copyOf(groups);
    }

    public SupplyForecast withSimulated(int papers) {
        return new SupplyForecast(freshPapers, papersUnderCap, papers, firstToRunOut, groups);
    }
}
