package org.qbank.assembly.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qbank.assembly.TestData;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintTree;
import org.qbank.assembly.blueprint.DifficultyTarget;
import org.qbank.assembly.blueprint.Distribution;
import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.blueprint.Importance;
import org.qbank.assembly.blueprint.Section;
import org.qbank.assembly.blueprint.TreeCsv;
import org.qbank.assembly.blueprint.TreeNode;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemType;

class AllocationPlannerTest {

    /** A 30 (A-A 20, A-B 10), B 70 (B-A 35, B-B 35); two points under each leaf range. */
    static BlueprintTree smallTree() {
        return new BlueprintTree(List.of(
                TreeNode.range("A", "基本要求", new BigDecimal(30)),
                TreeNode.range("A-A", "职业道德", new BigDecimal(20)),
                TreeNode.point("A-A-001", "a1", Importance.X), TreeNode.point("A-A-002", "a2", Importance.Y),
                TreeNode.range("A-B", "基础知识", new BigDecimal(10)),
                TreeNode.point("A-B-001", "b1", Importance.X), TreeNode.point("A-B-002", "b2", Importance.Z),
                TreeNode.range("B", "相关知识", new BigDecimal(70)),
                TreeNode.range("B-A", "焊前准备", new BigDecimal(35)),
                TreeNode.point("B-A-001", "c1", Importance.X), TreeNode.point("B-A-002", "c2", Importance.X),
                TreeNode.range("B-B", "焊接", new BigDecimal(35)),
                TreeNode.point("B-B-001", "d1", Importance.X), TreeNode.point("B-B-002", "d2", Importance.X)));
    }

    static Blueprint blueprint(List<Section> sections, Distribution distribution) {
        BigDecimal total = sections.stream().map(Section::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Blueprint("测试方案", "6-18-02-04", null, Level.THREE, Subject.THEORY, sections, total, 90,
                distribution, DifficultyTarget.of("3.0", "0.1"), ExposurePolicy.defaults(), List.of());
    }

    @Test
    void countsGoDownTheTreeByLargestRemainderWithTiesToTheEarlierCode() {
        Blueprint bp = blueprint(List.of(new Section(ItemType.SINGLE_CHOICE, 10, BigDecimal.ONE)),
                Distribution.byKnowledgePoint(2).withPerPointCap(3));
        Allocation a = AllocationPlanner.allocate(bp, smallTree());
        // 10 → A 3, B 7; A → A-A 2, A-B 1; B → 3.5 / 3.5, the tie goes to B-A
        assertThat(a.countsFor(ItemType.SINGLE_CHOICE)).containsExactly(
                Map.entry("A-A", 2), Map.entry("A-B", 1), Map.entry("B-A", 4), Map.entry("B-B", 3));
        assertThat(a.total()).isEqualTo(10);
    }

    @Test
    void atDepthOneATieAtTheTopAlsoGoesToTheEarlierCode() {
        Blueprint bp = blueprint(List.of(new Section(ItemType.TRUE_FALSE, 5, BigDecimal.ONE)),
                Distribution.byKnowledgePoint(1).withPerPointCap(5));
        // 5 → 1.5 / 3.5: both remainders .5, A first
        assertThat(AllocationPlanner.allocate(bp, smallTree()).countsFor(ItemType.TRUE_FALSE))
                .containsExactly(Map.entry("A", 2), Map.entry("B", 3));
    }

    @Test
    void tooFewPointsProposeALargerCapPerPoint() {
        Blueprint bp = blueprint(List.of(new Section(ItemType.SINGLE_CHOICE, 10, BigDecimal.ONE)),
                Distribution.byKnowledgePoint(2));
        Allocation a = AllocationPlanner.allocate(bp, smallTree());
        // B-A gets 4 items over 2 points, B-B 3 over 2: N must become 2
        assertThat(a.proposedPointCap()).isEqualTo(2);
        assertThat(a.tooFewPoints()).containsExactly(
                "鉴定范围 B-A 分到 4 题, 只有 2 个鉴定点, 每个鉴定点至少要允许 2 题",
                "鉴定范围 B-B 分到 3 题, 只有 2 个鉴定点, 每个鉴定点至少要允许 2 题");
    }

    @Test
    void byTypeKeepsOneGroupPerSection() {
        Blueprint bp = blueprint(List.of(new Section(ItemType.TRUE_FALSE, 20, BigDecimal.ONE),
                new Section(ItemType.SINGLE_CHOICE, 80, BigDecimal.ONE)), Distribution.byType());
        assertThat(AllocationPlanner.allocate(bp, null).groups()).containsExactly(
                new SlotGroup(ItemType.TRUE_FALSE, null, 20), new SlotGroup(ItemType.SINGLE_CHOICE, null, 80));
    }

    @Test
    void theRealWelderTreeAllocatesTheThirdLevelBlueprintExactly() {
        BlueprintTree tree = TreeCsv.read(TestData.file("xmb-hg-3.csv"));
        assertThat(tree.nodes().stream().filter(TreeNode::isPoint)).hasSize(314);
        assertThat(tree.weightProblems()).isEmpty();
        Blueprint bp = blueprint(List.of(new Section(ItemType.TRUE_FALSE, 40, new BigDecimal("0.5")),
                new Section(ItemType.SINGLE_CHOICE, 140, new BigDecimal("0.5")),
                new Section(ItemType.MULTIPLE_CHOICE, 10, new BigDecimal("1"))), Distribution.byKnowledgePoint(3));
        Allocation a = AllocationPlanner.allocate(bp, tree);
        assertThat(a.total()).isEqualTo(190);
        Map<String, Integer> single = a.countsFor(ItemType.SINGLE_CHOICE);
        assertThat(single).containsEntry("A-A-A", 2).containsEntry("A-A-B", 1).containsEntry("A-B-C", 6)
                .containsEntry("B-B-A", 14).containsEntry("B-B-C", 17).containsEntry("B-B-D", 11)
                .containsEntry("B-C-B", 7);
        assertThat(single.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(140);
        Map<String, Integer> trueFalse = a.countsFor(ItemType.TRUE_FALSE);
        assertThat(trueFalse).containsEntry("B-B-C", 5).containsEntry("A-B-C", 2).doesNotContainKey("A-A-B");
        assertThat(a.countsFor(ItemType.MULTIPLE_CHOICE)).containsOnlyKeys(
                "A-B-B", "A-B-C", "B-A-B", "B-A-C", "B-B-A", "B-B-B", "B-B-C", "B-B-D", "B-B-G", "B-C-A");
        // B-A-D gets 9 items for 8 points and B-B-E 4 for 3: the check proposes 2 per point
        assertThat(a.proposedPointCap()).isEqualTo(2);
        assertThat(a.tooFewPoints()).hasSize(2);
    }

    @Test
    void theBlueprintCheckProposesTheLargerCapWhenTheTreeHasTooFewPoints() {
        Blueprint tooStrict = blueprint(List.of(new Section(ItemType.SINGLE_CHOICE, 10, BigDecimal.TEN)),
                Distribution.byKnowledgePoint(2));
        assertThat(BlueprintCheck.problems(tooStrict, smallTree()))
                .extracting(org.qbank.bank.common.RuleViolationException.Violation::message)
                .containsExactly("细目表鉴定点不足 (鉴定范围 B-A 分到 4 题, 只有 2 个鉴定点, 每个鉴定点至少要允许 2 题; "
                        + "鉴定范围 B-B 分到 3 题, 只有 2 个鉴定点, 每个鉴定点至少要允许 2 题), 建议每个鉴定点至多 2 题");
        Blueprint fits = blueprint(List.of(new Section(ItemType.SINGLE_CHOICE, 10, BigDecimal.TEN)),
                Distribution.byKnowledgePoint(2).withPerPointCap(2));
        assertThat(BlueprintCheck.problems(fits, smallTree())).isEmpty();
    }
}
