package org.qbank.bench.assembly;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.qbank.assembly.allocation.Allocation;
import org.qbank.assembly.allocation.AllocationPlanner;
import org.qbank.assembly.allocation.SlotGroup;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintTree;
import org.qbank.assembly.blueprint.DifficultyTarget;
import org.qbank.assembly.blueprint.Distribution;
import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.blueprint.Importance;
import org.qbank.assembly.blueprint.Section;
import org.qbank.assembly.blueprint.TreeCsv;
import org.qbank.assembly.blueprint.TreeNode;
import org.qbank.assembly.draw.CandidateItem;
import org.qbank.assembly.draw.EarlierPaper;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemType;

/**
 * Generates the benchmark instances with fixed seeds. Items get a birth time: 60 % of the bank exists before the
 * first earlier paper, the rest is added while the earlier papers are issued (a bank replenished as sessions
 * consume it). Each earlier paper is a random draw by the blueprint's allocation from the items that existed then.
 */
final class Instances {

    private static final int[] SINGLE_WEIGHTS = {20, 15, 15, 10, 10, 10, 10, 10};
    private static final double[] DIFFICULTY = {0.1, 0.2, 0.4, 0.2, 0.1};

    private Instances() {
    }

    /** 8 鉴定范围 R1..R8, 12 points each. */
    static BlueprintTree eightRanges() {
        List<TreeNode> nodes = new ArrayList<>();
        for (int r = 0; r < SINGLE_WEIGHTS.length; r++) {
            String code = "R" + (r + 1);
            nodes.add(TreeNode.range(code, "鉴定范围" + (r + 1), new BigDecimal(SINGLE_WEIGHTS[r])));
            for (int p = 1; p <= 12; p++) {
                nodes.add(TreeNode.point(code + "-" + String.format("%03d", p), "鉴定点", Importance.X));
            }
        }
        return new BlueprintTree(nodes);
    }

    static Blueprint theory(String name, int tf, int single, int multi, Distribution distribution, ExposurePolicy policy) {
        List<Section> sections = List.of(new Section(ItemType.TRUE_FALSE, tf, new BigDecimal("0.5")),
                new Section(ItemType.SINGLE_CHOICE, single, new BigDecimal("0.5")),
                new Section(ItemType.MULTIPLE_CHOICE, multi, BigDecimal.ONE));
        BigDecimal total = sections.stream().map(Section::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Blueprint(name, "6-18-02-04", null, Level.THREE, Subject.THEORY, sections, total, 90,
                distribution, DifficultyTarget.of("3.0", "0.1"), policy, List.of());
    }

    /** 2,000 items, 判断 20 + 单选 70 + 多选 10 over 8 ranges, 200 earlier papers sharing ≤ {@code share}. */
    static Instance single(long seed, String share) {
        Blueprint bp = theory("单卷", 20, 70, 10, Distribution.byKnowledgePoint(1).withPerPointCap(1000),
                ExposurePolicy.defaults().withMaxEarlierOverlap(share));
        return generate("single" + share, bp, eightRanges(), 2000, 200, 1, seed);
    }

    /** The real 焊工 三级 细目表, 6,000 items, 判断 40 + 单选 140 + 多选 10 按鉴定点 (≤ 2 per point, as the check proposes). */
    static Instance realistic(long seed, Path csv) {
        Blueprint bp = theory("焊工三级", 40, 140, 10, Distribution.byKnowledgePoint(3).withPerPointCap(2),
                ExposurePolicy.defaults());
        return generate("realistic", bp, TreeCsv.read(csv), 6000, 200, 1, seed);
    }

    static Instance batch(long seed, int papers, int bankSize, String share) {
        Blueprint bp = theory("批次", 20, 70, 10, Distribution.byKnowledgePoint(1).withPerPointCap(1000),
                ExposurePolicy.defaults().withMaxBatchOverlap(share));
        return generate("batch" + papers + "/" + share, bp, eightRanges(), bankSize, 0, papers, seed);
    }

    private static Instance generate(String name, Blueprint bp, BlueprintTree tree, int bankSize, int earlierCount,
                                     int papers, long seed) {
        Random random = new Random(seed);
        Allocation allocation = AllocationPlanner.allocate(bp, tree);
        int perPaper = allocation.total();
        List<CandidateItem> items = new ArrayList<>();
        Map<SlotGroup, List<CandidateItem>> byGroup = new LinkedHashMap<>();
        Map<Long, Double> birth = new java.util.HashMap<>();
        long id = 1;
        int made = 0;
        List<SlotGroup> groups = allocation.groups();
        for (int g = 0; g < groups.size(); g++) {
            SlotGroup group = groups.get(g);
            int n = g == groups.size() - 1 ? bankSize - made
                    : (int) Math.round(bankSize * group.count() / (double) perPaper);
            made += n;
            List<TreeNode> points = tree.pointsUnder(group.rangeCode());
            List<CandidateItem> list = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                String point = points.get(random.nextInt(points.size())).code();
                CandidateItem c = new CandidateItem(id, String.format("HG-%06d", id), id * 10 + 1, group.type(), point,
                        difficulty(random), null, 0, true);
                list.add(c);
                birth.put(id, random.nextDouble() < 0.6 ? 0.0 : random.nextDouble());
                id++;
            }
            byGroup.put(group, list);
        }
        // enemy pairs on 1 % of the items, disjoint, inside one group
        Set<Long> paired = new HashSet<>();
        Map<Long, String> enemy = new java.util.HashMap<>();
        for (int pair = 0; pair < bankSize / 200; pair++) {
            List<CandidateItem> list = byGroup.get(groups.get(random.nextInt(groups.size())));
            CandidateItem a = list.get(random.nextInt(list.size()));
            CandidateItem b = list.get(random.nextInt(list.size()));
            if (a == b || paired.contains(a.itemId()) || paired.contains(b.itemId())) {
                pair--;
                continue;
            }
            paired.add(a.itemId());
            paired.add(b.itemId());
            enemy.put(a.itemId(), "EN" + pair);
            enemy.put(b.itemId(), "EN" + pair);
        }
        List<EarlierPaper> earlier = new ArrayList<>();
        Map<Long, Integer> uses = new java.util.HashMap<>();
        for (int e = 0; e < earlierCount; e++) {
            double time = e / (double) earlierCount;
            Set<Long> ids = new HashSet<>();
            for (SlotGroup group : groups) {
                List<CandidateItem> existing = new ArrayList<>(byGroup.get(group).stream()
                        .filter(c -> birth.get(c.itemId()) <= time).toList());
                Collections.shuffle(existing, random);
                existing.stream().limit(group.count()).forEach(c -> ids.add(c.itemId()));
            }
            ids.forEach(i -> uses.merge(i, 1, Integer::sum));
            earlier.add(new EarlierPaper("往期" + (e + 1), ids, true));
        }
        for (List<CandidateItem> list : byGroup.values()) {
            for (CandidateItem c : list) {
                items.add(new CandidateItem(c.itemId(), c.itemCode(), c.versionId(), c.type(), c.knowledgePointCode(),
                        c.difficulty(), enemy.get(c.itemId()), uses.getOrDefault(c.itemId(), 0), true));
            }
        }
        return new Instance(name, bp, tree, items, earlier, papers, seed);
    }

    private static int difficulty(Random random) {
        double u = random.nextDouble();
        for (int d = 0; d < DIFFICULTY.length; d++) {
            u -= DIFFICULTY[d];
            if (u < 0) {
                return d + 1;
            }
        }
        return 5;
    }
}
