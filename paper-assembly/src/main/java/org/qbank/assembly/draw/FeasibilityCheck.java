package org.qbank.assembly.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.assembly.allocation.SlotGroup;
import org.qbank.assembly.domain.Item;
import org.qbank.assembly.domain.PaperRef;

/**
 * Counting checks before any solving: supply per slot group after the approval, exposure and look-back filters;
 * 鉴定点 capacity per 鉴定范围; the reachable range of the difficulty sum. Each failure is a proof of
 * impossibility with the exact shortfall. Passing does not prove feasibility (overlap limits need the solver).
 */
public final class FeasibilityCheck {

    private FeasibilityCheck() {
    }

    public static List<Shortfall> shortfalls(AssemblyProblem problem) {
        List<Shortfall> out = new ArrayList<>();
        int papers = problem.request().paperCount();
        PaperRef paper = problem.solution().getPapers().get(0);
        boolean disjointBatch = papers > 1 && paper.batchLimitWith(paper) == 0;
        int earlierCount = (int) problem.request().earlierPapers().stream().filter(EarlierPaper::inLookBack).count();
        Map<String, Integer> needPerRange = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> pointsPerRange = new HashMap<>();
        int minSum = 0;
        int maxSum = 0;
        for (Map.Entry<SlotGroup, List<Item>> e : problem.candidates().entrySet()) {
            SlotGroup g = e.getKey();
            List<Item> items = e.getValue();
            int need = g.count() * (disjointBatch ? papers : 1);
            if (items.size() < need) {
                StringBuilder why = new StringBuilder();
                why.append(g.rangeCode() == null ? "" : "鉴定范围 " + g.rangeCode() + " 的").append(g.type().displayName())
                        .append("需要 ").append(need).append(" 题");
                if (disjointBatch) {
                    why.append(" (").append(papers).append(" 套互不重复的试卷, 每套 ").append(g.count()).append(" 题)");
                }
                why.append("; 可用的已审定试题只有 ").append(items.size()).append(" 题");
                int exposure = problem.excludedByExposure().getOrDefault(g, 0);
                int lookBack = problem.excludedByLookBack().getOrDefault(g, 0);
                if (lookBack > 0) {
                    why.append(", 另有 ").append(lookBack).append(" 题出现在近期 ").append(earlierCount)
                            .append(" 套往期试卷中");
                }
                if (exposure > 0) {
                    why.append(", 另有 ").append(exposure).append(" 题已达曝光上限");
                }
                out.add(new Shortfall(g.label(), need, items.size(), why.toString()));
            }
            if (g.rangeCode() != null && paper.pointCap() < Integer.MAX_VALUE) {
                needPerRange.merge(g.rangeCode(), g.count(), Integer::sum);
                Map<String, Integer> points = pointsPerRange.computeIfAbsent(g.rangeCode(), k -> new HashMap<>());
                items.forEach(i -> points.merge(i.pointCode(), 1, Integer::sum));
                Map<String, Integer> ofType = new HashMap<>();
                items.forEach(i -> ofType.merge(i.pointCode(), 1, Integer::sum));
                int typeCapacity = ofType.values().stream().mapToInt(n -> Math.min(n, paper.pointCap())).sum();
                if (typeCapacity < g.count() && items.size() >= need) {
                    out.add(new Shortfall(g.label(), g.count(), typeCapacity, "鉴定范围 " + g.rangeCode() + " 的"
                            + g.type().displayName() + "需要 " + g.count() + " 题, 但可用试题只覆盖 " + typeCapacity
                            + " 个鉴定点名额 (每个鉴定点至多 " + paper.pointCap() + " 题)"));
                }
            }
            List<Integer> difficulties = items.stream().map(Item::difficulty).sorted().toList();
            int k = Math.min(g.count(), difficulties.size());
            minSum += difficulties.subList(0, k).stream().mapToInt(Integer::intValue).sum();
            maxSum += difficulties.subList(difficulties.size() - k, difficulties.size()).stream().mapToInt(Integer::intValue).sum();
        }
        for (Map.Entry<String, Integer> e : needPerRange.entrySet()) {
            int capacity = pointsPerRange.get(e.getKey()).values().stream()
                    .mapToInt(n -> Math.min(n, paper.pointCap())).sum();
            if (capacity < e.getValue()) {
                out.add(new Shortfall("鉴定范围 " + e.getKey(), e.getValue(), capacity, "鉴定范围 " + e.getKey()
                        + " 需要 " + e.getValue() + " 题, 有试题的鉴定点只容得下 " + capacity + " 题 (每个鉴定点至多 "
                        + paper.pointCap() + " 题)"));
            }
        }
        if (out.isEmpty() && (maxSum < paper.minDifficulty() || minSum > paper.maxDifficulty())) {
            out.add(new Shortfall("难度", paper.minDifficulty(), maxSum < paper.minDifficulty() ? maxSum : minSum,
                    "可用试题的难度合计只能在 " + minSum + " 到 " + maxSum + " 之间, 难度目标要求 " + paper.minDifficulty()
                            + " 到 " + paper.maxDifficulty()));
        }
        return out;
    }
}
