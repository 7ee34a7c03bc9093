package org.qbank.bench.assembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import org.qbank.assembly.allocation.SlotGroup;
import org.qbank.assembly.draw.AssemblyProblem;
import org.qbank.assembly.draw.CandidateItem;
import org.qbank.assembly.draw.EarlierPaper;
import org.qbank.assembly.domain.Item;

/**
 * The peer: a CP-SAT model of the same problem, as an engineer would write it. One boolean per (paper,
 * candidate); exact counts per slot group; at most N per 鉴定点; AddAtMostOne per 互斥组; a linear bound per
 * look-back earlier paper; the difficulty sum as linear bounds. Batches: when every group's supply covers all
 * papers, the pairwise limit is met by the stronger "each item in at most one paper" (a valid, easier model);
 * otherwise auxiliary booleans y ≥ x_p + x_q − 1 are counted per pair. 2 workers, stop at the first solution.
 *
 * <p>A batch is first tried the way an engineer would once the joint model proves slow: paper by paper, each a
 * single-paper model in which the batch's papers solved so far are bounded like earlier papers (by the batch limit,
 * 0 for disjoint papers). When a later paper finds no solution, the joint model gets the time that is left.
 */
final class CpSatPeer {

    private CpSatPeer() {
    }

    /** The papers as item ids, or null when none was found in time (or the model is infeasible). */
    static List<List<Long>> solve(Instance inst, AssemblyProblem problem, double seconds, int seed) {
        if (inst.papers() == 1) {
            return solve(inst, problem, 1, List.of(), seconds, seed);
        }
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<List<Long>> batch = new ArrayList<>();
        while (batch.size() < inst.papers()) {
            double left = (deadline - System.nanoTime()) / 1e9;
            List<List<Long>> next = left > 0 ? solve(inst, problem, 1, batch, left, seed + batch.size()) : null;
            if (next == null) {
                break;
            }
            batch.add(next.get(0));
        }
        if (batch.size() == inst.papers()) {
            return batch;
        }
        double left = (deadline - System.nanoTime()) / 1e9;
        return left > 0.5 ? solve(inst, problem, inst.papers(), List.of(), left, seed) : null;
    }

    /**
     * One model of {@code papers} papers; {@code batchSoFar} are papers of the same batch already fixed, each of
     * which may share at most the batch limit with every paper of this model.
     */
    private static List<List<Long>> solve(Instance inst, AssemblyProblem problem, int papers,
                                          List<List<Long>> batchSoFar, double seconds, int seed) {
        CpModel model = new CpModel();
        int size = inst.blueprint().itemCount();
        int earlierLimit = inst.blueprint().exposure().allowedWithEarlier(size);
        int batchLimit = inst.blueprint().exposure().allowedWithinBatch(size);
        int cap = inst.blueprint().distribution().perPointCap();
        Map<Long, String> enemy = new HashMap<>();
        for (CandidateItem c : inst.items()) {
            if (c.enemyGroup() != null) {
                enemy.put(c.itemId(), c.enemyGroup());
            }
        }
        List<Item> all = new ArrayList<>();
        problem.candidates().values().forEach(all::addAll);
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i).itemId(), i);
        }
        BoolVar[][] x = new BoolVar[papers][all.size()];
        boolean supplyCoversAll = problem.candidates().entrySet().stream()
                .allMatch(e -> e.getValue().size() >= e.getKey().count() * papers);
        for (int p = 0; p < papers; p++) {
            for (int i = 0; i < all.size(); i++) {
                x[p][i] = model.newBoolVar("x" + p + "_" + i);
            }
            for (Map.Entry<SlotGroup, List<Item>> e : problem.candidates().entrySet()) {
                model.addEquality(sum(e.getValue(), x[p], index), e.getKey().count());
            }
            if (cap < size) {
                Map<String, List<Item>> byPoint = new HashMap<>();
                all.forEach(i -> byPoint.computeIfAbsent(i.pointCode(), k -> new ArrayList<>()).add(i));
                for (List<Item> l : byPoint.values()) {
                    if (l.size() > cap) {
                        model.addLessOrEqual(sum(l, x[p], index), cap);
                    }
                }
            }
            Map<String, List<BoolVar>> enemies = new HashMap<>();
            for (Item i : all) {
                String g = enemy.get(i.itemId());
                if (g != null) {
                    enemies.computeIfAbsent(g, k -> new ArrayList<>()).add(x[p][index.get(i.itemId())]);
                }
            }
            enemies.values().forEach(l -> model.addAtMostOne(l.toArray(new BoolVar[0])));
            for (EarlierPaper e : inst.earlier()) {
                if (!e.inLookBack()) {
                    continue;
                }
                List<BoolVar> shared = new ArrayList<>();
                for (Long id : e.itemIds()) {
                    Integer i = index.get(id);
                    if (i != null) {
                        shared.add(x[p][i]);
                    }
                }
                if (shared.size() > earlierLimit) {
                    model.addLessOrEqual(LinearExpr.sum(shared.toArray(new LinearArgument[0])), earlierLimit);
                }
            }
            for (List<Long> fixed : batchSoFar) {
                List<BoolVar> shared = new ArrayList<>();
                for (Long id : fixed) {
                    Integer i = index.get(id);
                    if (i != null) {
                        shared.add(x[p][i]);
                    }
                }
                model.addLessOrEqual(LinearExpr.sum(shared.toArray(new LinearArgument[0])), batchLimit);
            }
            long[] difficulty = all.stream().mapToLong(Item::difficulty).toArray();
            model.addLinearConstraint(LinearExpr.weightedSum(x[p], difficulty),
                    inst.blueprint().difficulty().minSum(size), inst.blueprint().difficulty().maxSum(size));
        }
        if (papers > 1) {
            if (batchLimit == 0 || supplyCoversAll) {
                for (int i = 0; i < all.size(); i++) {
                    BoolVar[] uses = new BoolVar[papers];
                    for (int p = 0; p < papers; p++) {
                        uses[p] = x[p][i];
                    }
                    model.addAtMostOne(uses);
                }
            } else {
                for (int p = 0; p < papers; p++) {
                    for (int q = p + 1; q < papers; q++) {
                        BoolVar[] both = new BoolVar[all.size()];
                        for (int i = 0; i < all.size(); i++) {
                            both[i] = model.newBoolVar("y");
                            model.addLessOrEqual(LinearExpr.sum(new LinearArgument[] {x[p][i], x[q][i]}),
                                    LinearExpr.newBuilder().addTerm(both[i], 1).add(1).build());
                        }
                        model.addLessOrEqual(LinearExpr.sum(both), batchLimit);
                    }
                }
            }
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(2).setStopAfterFirstSolution(true).setMaxTimeInSeconds(seconds)
                .setRandomSeed(seed);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.FEASIBLE && status != CpSolverStatus.OPTIMAL) {
            return null;
        }
        List<List<Long>> out = new ArrayList<>();
        for (int p = 0; p < papers; p++) {
            List<Long> paper = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (solver.booleanValue(x[p][i])) {
                    paper.add(all.get(i).itemId());
                }
            }
            out.add(paper);
        }
        return out;
    }

    /** Whether CP-SAT proves the model infeasible (for the impossible-blueprint comparison). */
    static boolean provesInfeasible(Instance inst, AssemblyProblem problem, double seconds) {
        return solve(inst, problem, seconds, 1) == null;
    }

    private static LinearExpr sum(List<Item> items, BoolVar[] x, Map<Long, Integer> index) {
        BoolVar[] vars = new BoolVar[items.size()];
        for (int k = 0; k < items.size(); k++) {
            vars[k] = x[index.get(items.get(k).itemId())];
        }
        return LinearExpr.sum(vars);
    }
}
