package org.qbank.assembly.allocation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.qbank.bank.item.ItemType;

/**
 * The result of allocating a blueprint's sections down the 细目表.
 *
 * @param groups          slot groups with a positive count, in section then code order
 * @param proposedPointCap a larger "at most N per 鉴定点" when some 鉴定范围 has too few points for its count,
 *                         else the blueprint's own cap
 * @param tooFewPoints    human-readable explanation per 鉴定范围 that needs the larger cap (empty when none)
 */
public record Allocation(List<SlotGroup> groups, int proposedPointCap, List<String> tooFewPoints) {

    public Allocation {
        groups = List.copyOf(groups);
        tooFewPoints = List.copyOf(tooFewPoints);
    }

    public int total() {
        return groups.stream().mapToInt(SlotGroup::count).sum();
    }

    /** Count per 鉴定范围 code for one type. */
    public Map<String, Integer> countsFor(ItemType type) {
        return groups.stream().filter(g -> g.type() == type)
                .collect(Collectors.toMap(SlotGroup::rangeCode, SlotGroup::count, Integer::sum, java.util.LinkedHashMap::new));
    }
}
