package org.qbank.assembly.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.qbank.assembly.allocation.SlotGroup;
import org.qbank.assembly.domain.AssemblySolution;
import org.qbank.assembly.domain.Item;
import org.qbank.assembly.domain.PaperRef;
import org.qbank.assembly.domain.Slot;

/**
 * Allocation-aware construction: fills the papers one after another, the tightest slot group first, each slot
 * with the candidate that breaks the fewest hard rules given what is already chosen (overlap counted per earlier
 * paper and per batch pair, enemies, 鉴定点 cap, exposure), then steers the running difficulty sum towards the
 * target and prefers fresh, little-used, core items. Usually the result is already feasible; local search
 * repairs the rest.
 */
public class GreedyConstruction implements CustomPhaseCommand<AssemblySolution> {

    private static final double HARD = 1_000_000;

    @Override
    public void changeWorkingSolution(ScoreDirector<AssemblySolution> director) {
        AssemblySolution solution = director.getWorkingSolution();
        Random random = new Random(solution.getSeed());
        int earlierCount = solution.getEarlierPapers().size();
        Map<PaperRef, List<Slot>> byPaper = new LinkedHashMap<>();
        for (Slot s : solution.getSlots()) {
            byPaper.computeIfAbsent(s.getPaper(), p -> new ArrayList<>()).add(s);
        }
        Map<Long, List<PaperRef>> batchUses = new HashMap<>();
        Map<Long, Integer> pairCounts = new HashMap<>();
        for (Map.Entry<PaperRef, List<Slot>> e : byPaper.entrySet()) {
            PaperState state = new PaperState(e.getKey(), earlierCount, e.getValue().size());
            for (Slot s : e.getValue()) {
                if (s.getItem() != null) {
                    state.take(s.getItem(), batchUses, pairCounts);
                }
            }
            for (Slot slot : tightestFirst(e.getValue())) {
                if (slot.getItem() != null) {
                    continue;
                }
                Item best = pick(slot, state, batchUses, pairCounts, random);
                if (best == null) {
                    continue;
                }
                director.beforeVariableChanged(slot, "item");
                slot.setItem(best);
                director.afterVariableChanged(slot, "item");
                state.take(best, batchUses, pairCounts);
            }
        }
        director.triggerVariableListeners();
    }

    /** Groups with the fewest candidates per slot first; slots of one group stay together. */
    private static List<Slot> tightestFirst(List<Slot> slots) {
        Map<SlotGroup, List<Slot>> groups = new LinkedHashMap<>();
        slots.forEach(s -> groups.computeIfAbsent(s.getGroup(), g -> new ArrayList<>()).add(s));
        List<List<Slot>> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingDouble(l -> l.get(0).getCandidates().size() / (double) l.size()));
        List<Slot> out = new ArrayList<>(slots.size());
        ordered.forEach(out::addAll);
        return out;
    }

    private static Item pick(Slot slot, PaperState state, Map<Long, List<PaperRef>> batchUses,
                             Map<Long, Integer> pairCounts, Random random) {
        PaperRef paper = state.paper;
        double desired = state.remaining > 0 ? (state.targetSum() - state.difficultySum) / state.remaining : 3.0;
        Item best = null;
        double bestCost = Double.MAX_VALUE;
        for (Item item : slot.getCandidates()) {
            if (state.used.contains(item.itemId())) {
                continue;
            }
            double cost = 0;
            if (!item.approved()) {
                cost += HARD;
            }
            if (item.pointCode() != null && state.points.getOrDefault(item.pointCode(), 0) >= paper.pointCap()) {
                cost += HARD;
            }
            for (String g : item.enemyGroups()) {
                if (state.enemyGroups.contains(g)) {
                    cost += HARD;
                }
            }
            for (int e : item.earlierPapers()) {
                int n = state.earlier[e];
                cost += n >= paper.earlierLimit() ? HARD : (n + 1.0) / (paper.earlierLimit() + 1.0);
            }
            List<PaperRef> uses = batchUses.getOrDefault(item.itemId(), List.of());
            if (uses.size() >= item.remainingExposure()) {
                cost += HARD;
            }
            for (PaperRef q : uses) {
                int n = pairCounts.getOrDefault(pairKey(q, paper), 0);
                int limit = paper.batchLimitWith(q);
                cost += n >= limit ? HARD : 1.0 + (n + 1.0) / (limit + 1.0);
            }
            cost += 0.6 * Math.abs(item.difficulty() - desired);
            cost += 0.02 * item.sessionsIssued() + 0.05 * item.importanceCost();
            cost += 0.01 * random.nextDouble();
            if (cost < bestCost) {
                bestCost = cost;
                best = item;
            }
        }
        return best;
    }

    static long pairKey(PaperRef a, PaperRef b) {
        int lo = Math.min(a.index(), b.index());
        int hi = Math.max(a.index(), b.index());
        return ((long) lo << 32) | hi;
    }

    /** What one paper holds so far. */
    private static final class PaperState {
        final PaperRef paper;
        final int[] earlier;
        final Set<Long> used = new HashSet<>();
        final Set<String> enemyGroups = new HashSet<>();
        final Map<String, Integer> points = new HashMap<>();
        int difficultySum;
        int remaining;

        PaperState(PaperRef paper, int earlierCount, int slots) {
            this.paper = paper;
            this.earlier = new int[earlierCount];
            this.remaining = slots;
        }

        double targetSum() {
            return paper.targetTenths() / 10.0;
        }

        void take(Item item, Map<Long, List<PaperRef>> batchUses, Map<Long, Integer> pairCounts) {
            used.add(item.itemId());
            enemyGroups.addAll(item.enemyGroups());
            if (item.pointCode() != null) {
                points.merge(item.pointCode(), 1, Integer::sum);
            }
            for (int e : item.earlierPapers()) {
                earlier[e]++;
            }
            List<PaperRef> uses = batchUses.computeIfAbsent(item.itemId(), k -> new ArrayList<>(2));
            for (PaperRef q : uses) {
                pairCounts.merge(pairKey(q, paper), 1, Integer::sum);
            }
            uses.add(paper);
            difficultySum += item.difficulty();
            remaining--;
        }
    }
}
