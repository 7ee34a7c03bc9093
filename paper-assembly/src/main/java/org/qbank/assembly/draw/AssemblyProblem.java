package org.qbank.assembly.draw;

import java.util.List;
import java.util.Map;

import org.qbank.assembly.allocation.Allocation;
import org.qbank.assembly.allocation.SlotGroup;
import org.qbank.assembly.domain.AssemblySolution;
import org.qbank.assembly.domain.Item;

/**
 * A request turned into solver input: the allocation, the candidate lists per slot group (after the approval
 * and exposure filters) and the planning solution.
 *
 * @param excludedByExposure per slot group, candidates dropped because they reached the exposure cap
 * @param excludedByLookBack per slot group, candidates dropped because the earlier-overlap limit is zero
 */
public record AssemblyProblem(AssemblyRequest request, Allocation allocation, Map<SlotGroup, List<Item>> candidates,
                              Map<SlotGroup, Integer> excludedByExposure, Map<SlotGroup, Integer> excludedByLookBack,
                              AssemblySolution solution) {
}
