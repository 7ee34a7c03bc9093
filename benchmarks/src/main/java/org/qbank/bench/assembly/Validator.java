package org.qbank.bench.assembly;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qbank.assembly.allocation.SlotGroup;
import org.qbank.assembly.blueprint.DifficultyTarget;
import org.qbank.assembly.draw.AssemblyProblem;
import org.qbank.assembly.draw.CandidateItem;
import org.qbank.assembly.draw.EarlierPaper;
import org.qbank.assembly.domain.Item;

/**
 * Checks every hard rule on a set of papers, independently of the solver's constraints, so all three engines are
 * judged alike.
 */
final class Validator {

    private Validator() {
    }

    /** Null when every hard rule holds, else the first broken one. */
    static String check(Instance inst, AssemblyProblem problem, List<List<Long>> papers) {
        if (papers == null || papers.size() != inst.papers()) {
            return "no papers";
        }
        Map<Long, Item> items = new HashMap<>();
        problem.candidates().values().forEach(l -> l.forEach(i -> items.put(i.itemId(), i)));
        Map<Long, String> enemy = new HashMap<>();
        for (CandidateItem c : inst.items()) {
            if (c.enemyGroup() != null) {
                enemy.put(c.itemId(), c.enemyGroup());
            }
        }
        int size = inst.blueprint().itemCount();
        int earlierLimit = inst.blueprint().exposure().allowedWithEarlier(size);
        int batchLimit = inst.blueprint().exposure().allowedWithinBatch(size);
        int cap = inst.blueprint().distribution().perPointCap();
        DifficultyTarget d = inst.blueprint().difficulty();
        for (List<Long> paper : papers) {
            if (new HashSet<>(paper).size() != paper.size() || paper.size() != size) {
                return "duplicate or missing items";
            }
            Map<String, Integer> groups = new HashMap<>();
            Map<String, Integer> points = new HashMap<>();
            Set<String> enemies = new HashSet<>();
            int sum = 0;
            for (Long id : paper) {
                Item i = items.get(id);
                if (i == null) {
                    return "item " + id + " is not a candidate";
                }
                groups.merge(i.type() + "|" + i.rangeCode(), 1, Integer::sum);
                points.merge(i.pointCode(), 1, Integer::sum);
                if (enemy.containsKey(id) && !enemies.add(enemy.get(id))) {
                    return "enemies together";
                }
                sum += i.difficulty();
            }
            for (SlotGroup g : problem.allocation().groups()) {
                if (groups.getOrDefault(g.type() + "|" + g.rangeCode(), 0) != g.count()) {
                    return "allocation of " + g.label();
                }
            }
            if (points.values().stream().anyMatch(n -> n > cap)) {
                return "point cap";
            }
            if (sum < d.minSum(size) || sum > d.maxSum(size)) {
                return "difficulty sum " + sum;
            }
            Set<Long> mine = new HashSet<>(paper);
            for (EarlierPaper e : inst.earlier()) {
                if (e.inLookBack() && e.itemIds().stream().filter(mine::contains).count() > earlierLimit) {
                    return "overlap with " + e.label();
                }
            }
        }
        for (int a = 0; a < papers.size(); a++) {
            Set<Long> pa = new HashSet<>(papers.get(a));
            for (int b = a + 1; b < papers.size(); b++) {
                if (papers.get(b).stream().filter(pa::contains).count() > batchLimit) {
                    return "batch overlap " + a + "/" + b;
                }
            }
        }
        return null;
    }
}
