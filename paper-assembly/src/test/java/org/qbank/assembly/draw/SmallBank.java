package org.qbank.assembly.draw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintTree;
import org.qbank.assembly.blueprint.DifficultyTarget;
import org.qbank.assembly.blueprint.Distribution;
import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.blueprint.Importance;
import org.qbank.assembly.blueprint.Section;
import org.qbank.assembly.blueprint.TreeNode;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemType;

/** A small but realistic bank: 4 鉴定范围 with 6 points each, items of three types, earlier papers. */
final class SmallBank {

    static final List<String> RANGES = List.of("A-A", "A-B", "B-A", "B-B");

    private SmallBank() {
    }

    static BlueprintTree tree() {
        List<TreeNode> nodes = new ArrayList<>();
        nodes.add(TreeNode.range("A", "基本要求", new BigDecimal(30)));
        nodes.add(TreeNode.range("B", "相关知识", new BigDecimal(70)));
        int[] weights = {10, 20, 40, 30};
        for (int r = 0; r < RANGES.size(); r++) {
            nodes.add(TreeNode.range(RANGES.get(r), "范围" + r, new BigDecimal(weights[r])));
            for (int p = 1; p <= 6; p++) {
                nodes.add(TreeNode.point(RANGES.get(r) + "-00" + p, "点" + p, p <= 4 ? Importance.X : Importance.Y));
            }
        }
        return new BlueprintTree(nodes);
    }

    /** 判断 5 + 单选 20 + 多选 5 = 30 items, 按鉴定点 at depth 2, ≤ 2 per point, mean 3.0 ± 0.1. */
    static Blueprint blueprint(ExposurePolicy policy) {
        return new Blueprint("小题库方案", "6-18-02-04", null, Level.THREE, Subject.THEORY,
                List.of(new Section(ItemType.TRUE_FALSE, 5, new BigDecimal(2)),
                        new Section(ItemType.SINGLE_CHOICE, 20, new BigDecimal(3)),
                        new Section(ItemType.MULTIPLE_CHOICE, 5, new BigDecimal(6))),
                new BigDecimal(100), 90, Distribution.byKnowledgePoint(2).withPerPointCap(2),
                DifficultyTarget.of("3.0", "0.1"), policy, List.of());
    }

    /** {@code perPointAndType} items for every point and type, difficulties 1..5, a few enemy pairs. */
    static List<CandidateItem> items(int perPointAndType, long seed) {
        Random random = new Random(seed);
        List<CandidateItem> items = new ArrayList<>();
        long id = 1;
        for (String range : RANGES) {
            for (int p = 1; p <= 6; p++) {
                for (ItemType type : List.of(ItemType.TRUE_FALSE, ItemType.SINGLE_CHOICE, ItemType.MULTIPLE_CHOICE)) {
                    for (int k = 0; k < perPointAndType; k++) {
                        String enemy = id % 40 == 1 || id % 40 == 2 ? "E" + (id / 40) : null;
                        items.add(new CandidateItem(id, String.format("HG-%05d", id), id * 100, type,
                                range + "-00" + p, 1 + random.nextInt(5), enemy, random.nextInt(4), true));
                        id++;
                    }
                }
            }
        }
        return items;
    }

    /** Earlier papers of {@code size} random items each. */
    static List<EarlierPaper> earlier(List<CandidateItem> items, int count, int size, long seed) {
        Random random = new Random(seed);
        List<EarlierPaper> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Set<Long> ids = new HashSet<>();
            while (ids.size() < size) {
                ids.add(items.get(random.nextInt(items.size())).itemId());
            }
            out.add(new EarlierPaper("往期" + i, ids, true));
        }
        return out;
    }
}
