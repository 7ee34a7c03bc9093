package org.qbank.assembly.forecast;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.qbank.assembly.allocation.SlotGroup;
import org.qbank.assembly.domain.Item;
import org.qbank.assembly.draw.AssembledPaper;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.AssemblyProblem;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.draw.EarlierPaper;
import org.qbank.assembly.draw.PaperAssembler;
import org.qbank.assembly.draw.PickedItem;
import org.qbank.assembly.draw.ProblemBuilder;

/**
 * Supply forecast for a blueprint: a counting bound per slot group (which 鉴定范围 runs out first) and, on demand,
 * a simulation that assembles paper after paper under the full policy, each becoming an earlier paper of the next.
 */
public final class SupplyForecaster {

    private SupplyForecaster() {
    }

    public static SupplyForecast forecast(AssemblyRequest request) {
        AssemblyProblem problem = ProblemBuilder.build(request);
        boolean capped = request.blueprint().exposure().exposureCap() > 0;
        List<GroupSupply> groups = new ArrayList<>();
        for (Map.Entry<SlotGroup, List<Item>> e : problem.candidates().entrySet()) {
            SlotGroup g = e.getKey();
            List<Item> items = e.getValue();
            int unused = (int) items.stream().filter(i -> i.earlierPapers().length == 0 && i.sessionsIssued() == 0).count();
            long remaining = items.stream().mapToLong(i -> Math.min(i.remainingExposure(), 1_000_000)).sum();
            groups.add(new GroupSupply(g.label(), g.rangeCode(), g.count(), items.size(), unused, unused / g.count(),
                    capped ? (int) Math.min(Integer.MAX_VALUE, remaining / g.count()) : -1));
        }
        GroupSupply first = groups.stream().min(Comparator.comparingInt(GroupSupply::freshPapers)
                .thenComparingInt(GroupSupply::unused)).orElse(null);
        int underCap = capped ? groups.stream().mapToInt(GroupSupply::papersUnderCap).min().orElse(0) : -1;
        return new SupplyForecast(first == null ? 0 : first.freshPapers(), underCap, -1,
                first == null ? null : first.label(), groups);
    }

    /**
     * Assembles up to {@code maxPapers} papers one after another, each counted as an earlier paper of the next,
     * and returns how many succeeded before the first failure.
     */
    public static int simulate(AssemblyRequest request, int maxPapers, Duration perPaper) {
        List<EarlierPaper> earlier = new ArrayList<>(request.earlierPapers());
        for (int n = 0; n < maxPapers; n++) {
            AssemblyRequest next = new AssemblyRequest(request.blueprint(), request.tree(), request.items(), earlier,
                    1, request.seed() + n);
            AssemblyOutcome outcome = PaperAssembler.assemble(next, AssemblyOptions.firstFeasible(perPaper));
            if (!outcome.assembled()) {
                return n;
            }
            AssembledPaper paper = outcome.papers().get(0);
            earlier.add(new EarlierPaper("模拟" + (n + 1),
                    new HashSet<>(paper.items().stream().map(PickedItem::itemId).toList()), true));
        }
        return maxPapers;
    }
}
