package org.qbank.assembly.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qbank.assembly.allocation.Allocation;
import org.qbank.assembly.allocation.AllocationPlanner;
import org.qbank.assembly.allocation.SlotGroup;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintTree;
import org.qbank.assembly.blueprint.DifficultyTarget;
import org.qbank.assembly.blueprint.DistributionMode;
import org.qbank.assembly.blueprint.Importance;
import org.qbank.assembly.blueprint.TreeNode;
import org.qbank.assembly.domain.AssemblySolution;
import org.qbank.assembly.domain.EarlierRef;
import org.qbank.assembly.domain.EarlierUse;
import org.qbank.assembly.domain.Item;
import org.qbank.assembly.domain.PaperRef;
import org.qbank.assembly.domain.Slot;

/** Turns an {@link AssemblyRequest} into the planning problem. Pure; no solving. */
public final class ProblemBuilder {

    private ProblemBuilder() {
    }

    public static AssemblyProblem build(AssemblyRequest request) {
        Blueprint bp = request.blueprint();
        boolean byPoint = bp.distribution().mode() == DistributionMode.BY_KNOWLEDGE_POINT;
        Allocation allocation = AllocationPlanner.allocate(bp, request.tree());
        Set<String> rangeCodes = new HashSet<>();
        allocation.groups().forEach(g -> rangeCodes.add(g.rangeCode()));

        int paperSize = bp.itemCount();
        int earlierLimit = bp.exposure().allowedWithEarlier(paperSize);
        List<EarlierRef> earlierRefs = new ArrayList<>();
        Map<Long, List<Integer>> lookBackIndex = new HashMap<>();
        for (EarlierPaper e : request.earlierPapers()) {
            EarlierRef ref = new EarlierRef(earlierRefs.size(), e.label(), e.itemIds().size(), e.inLookBack());
            earlierRefs.add(ref);
            if (e.inLookBack()) {
                e.itemIds().forEach(id -> lookBackIndex.computeIfAbsent(id, k -> new ArrayList<>()).add(ref.index()));
            }
        }
        Map<String, List<String>> blueprintEnemies = new HashMap<>();
        for (int i = 0; i < bp.enemyGroups().size(); i++) {
            for (String code : bp.enemyGroups().get(i)) {
                blueprintEnemies.computeIfAbsent(code, k -> new ArrayList<>()).add("blueprint-" + i);
            }
        }

        Map<SlotGroup, List<Item>> candidates = new LinkedHashMap<>();
        Map<SlotGroup, Integer> byExposure = new LinkedHashMap<>();
        Map<SlotGroup, Integer> byLookBack = new LinkedHashMap<>();
        Map<String, SlotGroup> groupIndex = new HashMap<>();
        for (SlotGroup g : allocation.groups()) {
            candidates.put(g, new ArrayList<>());
            byExposure.put(g, 0);
            byLookBack.put(g, 0);
            groupIndex.put(key(g.type().name(), g.rangeCode()), g);
        }
        int cap = bp.exposure().exposureCap();
        Map<String, String> rangeOfPoint = new HashMap<>();
        for (CandidateItem c : request.items()) {
            if (!c.approved()) {
                continue;
            }
            String range = null;
            Importance importance = null;
            if (byPoint) {
                range = rangeOfPoint.computeIfAbsent(c.knowledgePointCode(), p -> rangeOf(request.tree(), p, rangeCodes));
                importance = request.tree().node(c.knowledgePointCode()).map(TreeNode::importance).orElse(null);
            }
            SlotGroup g = groupIndex.get(key(c.type().name(), range));
            if (g == null) {
                continue;
            }
            List<Integer> earlier = lookBackIndex.getOrDefault(c.itemId(), List.of());
            int remaining = cap > 0 ? cap - c.sessionsIssued() : Integer.MAX_VALUE;
            if (remaining <= 0) {
                byExposure.merge(g, 1, Integer::sum);
                continue;
            }
            if (earlierLimit == 0 && !earlier.isEmpty()) {
                byLookBack.merge(g, 1, Integer::sum);
                continue;
            }
            List<String> enemies = new ArrayList<>(blueprintEnemies.getOrDefault(c.itemCode(), List.of()));
            if (c.enemyGroup() != null && !c.enemyGroup().isBlank()) {
                enemies.add(c.enemyGroup());
            }
            candidates.get(g).add(new Item(c.itemId(), c.itemCode(), c.versionId(), c.type(), range,
                    byPoint ? c.knowledgePointCode() : null, importance, c.difficulty(), enemies, c.sessionsIssued(),
                    remaining, true, earlier.stream().mapToInt(Integer::intValue).toArray()));
        }

        Set<Long> candidateIds = new HashSet<>();
        candidates.values().forEach(l -> l.forEach(i -> candidateIds.add(i.itemId())));
        List<EarlierUse> uses = new ArrayList<>();
        for (int i = 0; i < request.earlierPapers().size(); i++) {
            EarlierRef ref = earlierRefs.get(i);
            for (Long id : request.earlierPapers().get(i).itemIds()) {
                if (candidateIds.contains(id)) {
                    uses.add(new EarlierUse(id, ref));
                }
            }
        }

        DifficultyTarget d = bp.difficulty();
        int pointCap = byPoint ? bp.distribution().perPointCap() : Integer.MAX_VALUE;
        List<PaperRef> papers = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        long slotId = 0;
        for (int p = 0; p < request.paperCount(); p++) {
            PaperRef paper = new PaperRef(p, paperSize, earlierLimit, bp.exposure().maxBatchOverlap(),
                    d == null ? 0 : d.minSum(paperSize), d == null ? Integer.MAX_VALUE : d.maxSum(paperSize),
                    d == null ? 30 * paperSize : d.targetSumTenths(paperSize), pointCap,
                    d == null ? Map.of() : d.bandCounts(paperSize));
            papers.add(paper);
            for (SlotGroup g : allocation.groups()) {
                List<Item> range = candidates.get(g);
                for (int k = 0; k < g.count(); k++) {
                    slots.add(new Slot(slotId++, paper, g, range));
                }
            }
        }
        AssemblySolution solution = new AssemblySolution(papers, earlierRefs, uses, slots, request.seed());
        return new AssemblyProblem(request, allocation, candidates, byExposure, byLookBack, solution);
    }

    private static String key(String type, String range) {
        return type + "|" + range;
    }

    /** The allocation 鉴定范围 a point counts for: its nearest ancestor that received a count. */
    private static String rangeOf(BlueprintTree tree, String pointCode, Set<String> rangeCodes) {
        if (pointCode == null || tree.node(pointCode).isEmpty()) {
            return "?";
        }
        String code = pointCode;
        while (code != null) {
            if (rangeCodes.contains(code)) {
                return code;
            }
            code = tree.node(code).map(TreeNode::parentCode).orElse(null);
        }
        return "?";
    }
}
