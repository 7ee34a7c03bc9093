package org.qbank.assembly.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

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
 * <p>
 * It looks at every candidate of every slot (a batch of 60 papers scores millions of candidates), so the state
 * lives in arrays over the dense indices of {@link CandidateIndex} rather than in maps keyed by item id.
 */
public class GreedyConstruction implements CustomPhaseCommand<AssemblySolution> {

    private static final double HARD = 1_000_000;

    @Override
    public void changeWorkingSolution(ScoreDirector<AssemblySolution> director) {
        AssemblySolution solution = director.getWorkingSolution();
        SplittableRandom random = new SplittableRandom(solution.getSeed());
        CandidateIndex index = new CandidateIndex(solution.getSlots());
        List<PaperRef> papers = solution.getPapers();
        BatchState batch = new BatchState(index.size(), papers);
        Map<PaperRef, List<Slot>> byPaper = new LinkedHashMap<>();
        for (Slot s : solution.getSlots()) {
            byPaper.computeIfAbsent(s.getPaper(), p -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<PaperRef, List<Slot>> e : byPaper.entrySet()) {
            PaperState state = new PaperState(e.getKey(), batch.position(e.getKey()), index,
                    solution.getEarlierPapers().size(), e.getValue().size());
            for (Slot s : e.getValue()) {
                if (s.getItem() != null) {
                    state.take(index.of(s.getItem()), batch);
                }
            }
            for (Slot slot : tightestFirst(e.getValue())) {
                if (slot.getItem() != null) {
                    continue;
                }
                int best = pick(index.candidatesOf(slot), state, batch, random);
                if (best < 0) {
                    continue;
                }
                director.beforeVariableChanged(slot, "item");
                slot.setItem(index.item(best));
                director.afterVariableChanged(slot, "item");
                state.take(best, batch);
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

    private static int pick(int[] candidates, PaperState state, BatchState batch, SplittableRandom random) {
        CandidateIndex index = state.index;
        PaperRef paper = state.paper;
        int earlierLimit = paper.earlierLimit();
        int pointCap = paper.pointCap();
        double desired = state.remaining > 0 ? (state.targetSum() - state.difficultySum) / state.remaining : 3.0;
        int best = -1;
        double bestCost = Double.MAX_VALUE;
        for (int i : candidates) {
            if (state.used[i]) {
                continue;
            }
            double cost = 0;
            if (!index.approved[i]) {
                cost += HARD;
            }
            int point = index.point[i];
            if (point >= 0 && state.points[point] >= pointCap) {
                cost += HARD;
            }
            for (int g : index.enemyGroups[i]) {
                if (state.enemyGroups[g]) {
                    cost += HARD;
                }
            }
            for (int e : index.earlier[i]) {
                int n = state.earlier[e];
                cost += n >= earlierLimit ? HARD : (n + 1.0) / (earlierLimit + 1.0);
            }
            int uses = batch.useCount[i];
            if (uses >= index.remainingExposure[i]) {
                cost += HARD;
            }
            for (int u = 0; u < uses; u++) {
                int q = batch.usedBy[i][u];
                int n = batch.pairCount[q][state.position];
                int limit = batch.pairLimit[q][state.position];
                cost += n >= limit ? HARD : 1.0 + (n + 1.0) / (limit + 1.0);
            }
            cost += 0.6 * Math.abs(index.difficulty[i] - desired);
            cost += 0.02 * index.sessionsIssued[i] + 0.05 * index.importanceCost[i];
            if (cost >= bestCost) {
                continue; // the tie-break noise only adds, so it cannot win
            }
            cost += 0.01 * random.nextDouble();
            if (cost < bestCost) {
                bestCost = cost;
                best = i;
            }
        }
        return best;
    }

    /** What the papers chosen so far share: per item the papers using it, per paper pair the items in common. */
    private static final class BatchState {
        final Map<PaperRef, Integer> positions = new LinkedHashMap<>();
        final int[] useCount;
        final int[][] usedBy;
        final int[][] pairCount;
        final int[][] pairLimit;

        BatchState(int items, List<PaperRef> papers) {
            useCount = new int[items];
            usedBy = new int[items][];
            pairCount = new int[papers.size()][papers.size()];
            pairLimit = new int[papers.size()][papers.size()];
            for (int p = 0; p < papers.size(); p++) {
                positions.put(papers.get(p), p);
                for (int q = 0; q < papers.size(); q++) {
                    pairLimit[p][q] = papers.get(p).batchLimitWith(papers.get(q));
                }
            }
        }

        int position(PaperRef paper) {
            return positions.get(paper);
        }

        void use(int item, int paper) {
            int n = useCount[item];
            for (int u = 0; u < n; u++) {
                int q = usedBy[item][u];
                pairCount[q][paper]++;
                pairCount[paper][q]++;
            }
            if (usedBy[item] == null) {
                usedBy[item] = new int[2];
            } else if (usedBy[item].length == n) {
                usedBy[item] = Arrays.copyOf(usedBy[item], n * 2);
            }
            usedBy[item][n] = paper;
            useCount[item] = n + 1;
        }
    }

    /** What one paper holds so far. */
    private static final class PaperState {
        final PaperRef paper;
        final int position;
        final CandidateIndex index;
        final boolean[] used;
        final boolean[] enemyGroups;
        final int[] points;
        final int[] earlier;
        int difficultySum;
        int remaining;

        PaperState(PaperRef paper, int position, CandidateIndex index, int earlierCount, int slots) {
            this.paper = paper;
            this.position = position;
            this.index = index;
            this.used = new boolean[index.size()];
            this.enemyGroups = new boolean[index.enemyGroupCount()];
            this.points = new int[index.pointCount()];
            this.earlier = new int[earlierCount];
            this.remaining = slots;
        }

        double targetSum() {
            return paper.targetTenths() / 10.0;
        }

        void take(int item, BatchState batch) {
            used[item] = true;
            for (int g : index.enemyGroups[item]) {
                enemyGroups[g] = true;
            }
            if (index.point[item] >= 0) {
                points[index.point[item]]++;
            }
            for (int e : index.earlier[item]) {
                earlier[e]++;
            }
            batch.use(item, position);
            difficultySum += index.difficulty[item];
            remaining--;
        }
    }
}
