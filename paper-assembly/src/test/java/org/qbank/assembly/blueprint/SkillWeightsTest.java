package org.qbank.assembly.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;

/** 配分 by the 技能要求权重表: 必考 modules keep their weight, the 选考 group's weight is split over the drawn ones. */
class SkillWeightsTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "skill-blueprint-hg-3.json");

    /** The 焊工 三级 skill blueprint of docs/examples. */
    private static SkillBlueprint welder() throws Exception {
        return new ObjectMapper().readValue(EXAMPLE.toFile(), SkillBlueprint.class);
    }

    /**
     * A skill 细目表 for that blueprint, with the weights of docs/examples/skill-tree-hg-3.csv: 焊前准备 20, 板对接焊 30,
     * 管对接焊 30, 焊后检查 20 (each module with one 鉴定点).
     */
    private static BlueprintTree welderTree() {
        return TreeCsv.read(Path.of("..", "docs", "examples", "skill-tree-hg-3.csv"));
    }

    private static BigDecimal w(int weight) {
        return BigDecimal.valueOf(weight);
    }

    private static List<Integer> points(SkillWeights weights, String... drawn) {
        return weights.points(List.of(drawn)).values().stream().map(BigDecimal::intValueExact).toList();
    }

    @Test
    void theWelderExampleGivesTheDrawnWeldingModuleTheWholeElectiveGroup() throws Exception {
        SkillBlueprint bp = welder();
        SkillWeights weights = SkillWeights.of(bp, welderTree());
        assertThat(weights.problems()).isEmpty();
        assertThat(weights.electiveGroupWeight()).isEqualByComparingTo("60");
        assertThat(weights.points(List.of("1", "2", "4"))).containsExactly(Map.entry("1", w(20)), Map.entry("2", w(60)),
                Map.entry("4", w(20)));
        assertThat(points(weights, "1", "3", "4")).containsExactly(20, 60, 20);
    }

    @Test
    void aTotalScoreOtherThan100IsSharedInTheSameProportions() throws Exception {
        SkillBlueprint b = welder();
        SkillBlueprint fifty = new SkillBlueprint(b.name(), b.occupationCode(), b.workType(), b.level(), b.modules(),
                b.chooseElective(), b.durationMinutes(), b.exposure(), 50);
        assertThat(points(SkillWeights.of(fifty, welderTree()), "1", "2", "4")).containsExactly(10, 30, 10);
    }

    @Test
    void unequalElectivesShareTheGroupWeightByTheirOwnWeights() {
        SkillBlueprint bp = new SkillBlueprint("x", "6-18-02-04", Level.THREE, List.of(
                new SkillModule("1", "焊前准备", true, 20), new SkillModule("2", "板对接焊", false, 40),
                new SkillModule("3", "管对接焊", false, 40), new SkillModule("5", "角接焊", false, 40),
                new SkillModule("4", "焊后检查", true, 20)), 2, 150);
        SkillWeights weights = SkillWeights.of(bp, Map.of("1", w(25), "2", w(30), "3", w(20), "5", w(10), "4", w(15)));
        // group 60: 2 and 3 drawn → 60·30/50 = 36 and 60·20/50 = 24; 3 and 5 → 40 and 20
        assertThat(points(weights, "1", "2", "3", "4")).containsExactly(25, 36, 24, 15);
        assertThat(points(weights, "1", "3", "5", "4")).containsExactly(25, 40, 20, 15);
        // 2 and 5: 60·30/40 = 45 and 60·10/40 = 15
        assertThat(points(weights, "1", "2", "5", "4")).containsExactly(25, 45, 15, 15);
    }

    @Test
    void pointRangesGoThroughEverySetOfElectivesAPaperCanDraw() {
        SkillBlueprint bp = new SkillBlueprint("x", "6-18-02-04", Level.THREE, List.of(
                new SkillModule("1", "焊前准备", true, 20), new SkillModule("2", "板对接焊", false, 40),
                new SkillModule("3", "管对接焊", false, 40), new SkillModule("5", "角接焊", false, 40),
                new SkillModule("4", "焊后检查", true, 20)), 2, 150);
        SkillWeights weights = SkillWeights.of(bp, Map.of("1", w(25), "2", w(30), "3", w(20), "5", w(10), "4", w(15)));
        Map<String, SkillWeights.PointRange> ranges = weights.pointRanges();
        // the three papers: 2+3 → 36/24, 2+5 → 45/15, 3+5 → 40/20
        assertThat(ranges.keySet()).containsExactly("1", "2", "3", "5", "4");
        assertThat(ranges.get("1")).isEqualTo(new SkillWeights.PointRange(w(25), w(25)));
        assertThat(ranges.get("1").fixed()).isTrue();
        assertThat(ranges.get("2")).isEqualTo(new SkillWeights.PointRange(w(36), w(45)));
        assertThat(ranges.get("3")).isEqualTo(new SkillWeights.PointRange(w(24), w(40)));
        assertThat(ranges.get("5")).isEqualTo(new SkillWeights.PointRange(w(15), w(20)));
        assertThat(ranges.get("5").fixed()).isFalse();
    }

    @Test
    void pointRangesRefuseWeightsThatCannotGiveThePoints() {
        SkillBlueprint bp = new SkillBlueprint("x", "6-18-02-04", Level.THREE, List.of(
                new SkillModule("1", "焊前准备", true, 20), new SkillModule("2", "板对接焊", true, 40)), 0, 150);
        assertThatThrownBy(() -> SkillWeights.of(bp, Map.of("1", w(25), "2", w(30))).pointRanges())
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("各模块鉴定比重合计 55, 应为 100");
    }

    @Test
    void fractionsGoToTheLargestRemaindersThenToTheModuleListedFirst() {
        SkillBlueprint thirds = new SkillBlueprint("x", "6-18-02-04", Level.THREE, List.of(
                new SkillModule("A", "甲", true, 10), new SkillModule("B", "乙", true, 10),
                new SkillModule("C", "丙", true, 10)), 0, 60);
        // 33.3 / 33.3 / 33.4: the one point left goes to C (remainder .4)
        assertThat(points(SkillWeights.of(thirds, Map.of("A", new BigDecimal("33.3"), "B", new BigDecimal("33.3"),
                "C", new BigDecimal("33.4"))), "A", "B", "C")).containsExactly(33, 33, 34);
        SkillBlueprint quarters = new SkillBlueprint("x", "6-18-02-04", null, Level.THREE, List.of(
                new SkillModule("A", "甲", true, 10), new SkillModule("B", "乙", true, 10),
                new SkillModule("C", "丙", true, 10), new SkillModule("D", "丁", true, 10)), 0, 60, null, 10);
        // 2.5 each of 10: equal remainders, the two points left go to A and B
        assertThat(points(SkillWeights.of(quarters, Map.of("A", w(25), "B", w(25), "C", w(25), "D", w(25))),
                "A", "B", "C", "D")).containsExactly(3, 3, 2, 2);
    }

    @Test
    void aModuleWithoutWeightAndWeightsNotAddingUpAreNamedInChinese() throws Exception {
        SkillBlueprint bp = welder();
        assertThat(SkillWeights.of(bp, Map.of("1", w(20), "2", w(30), "4", w(20))).problems())
                .extracting(v -> v.field() + ": " + v.message())
                .containsExactly("modules[2].code: 模块 3 管对接焊 在操作技能鉴定要素细目表中没有鉴定比重 (技能要求权重表), 无法确定配分");
        assertThat(SkillWeights.of(bp, Map.of("1", w(20), "2", w(30), "3", w(30), "4", w(0))).problems())
                .extracting(Violation::message).containsExactly("模块 4 焊后检查 的鉴定比重为 0, 应大于 0");
        assertThat(SkillWeights.of(bp, Map.of("1", w(20), "2", w(20), "3", w(20), "4", w(20))).problems())
                .extracting(v -> v.field() + ": " + v.message())
                .containsExactly("modules: 各模块鉴定比重合计 80, 应为 100 (必考 1 焊前准备 20、4 焊后检查 20; "
                        + "选考 2 板对接焊 20、3 管对接焊 20)");
        SkillWeights bad = SkillWeights.of(bp, Map.of("1", w(20)));
        assertThatThrownBy(() -> bad.points(List.of("1", "2", "4"))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("模块 2 板对接焊");
    }

    @Test
    void electiveWeightWithoutAnyElectiveDrawnIsAProblem() {
        SkillBlueprint bp = new SkillBlueprint("x", "6-18-02-04", Level.THREE, List.of(
                new SkillModule("1", "焊前准备", true, 20), new SkillModule("2", "板对接焊", false, 40)), 0, 60);
        assertThat(SkillWeights.of(bp, Map.of("1", w(70), "2", w(30))).problems())
                .extracting(v -> v.field() + ": " + v.message())
                .containsExactly("chooseElective: 选考模块的鉴定比重合计 30, 不选考选考模块时这部分配分无处计入; 请至少选 1 个选考模块");
    }

    @Test
    void aDrawThatIsNotTheBlueprintsModulesIsAProgrammingError() throws Exception {
        SkillWeights weights = SkillWeights.of(welder(), welderTree());
        assertThatThrownBy(() -> weights.points(List.of("1", "2", "3", "4")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> weights.points(List.of("1", "2"))).isInstanceOf(IllegalArgumentException.class);
    }
}
