package org.qbank.assembly.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException.Violation;

/** A skill blueprint checked against its skill 细目表: the modules are 鉴定范围 of it, and their weights give 配分. */
class SkillBlueprintTest {

    /** docs/examples/skill-tree-hg-3.csv: 1 焊前准备 20, 2 板对接焊 30, 3 管对接焊 30, 4 焊后检查 20. */
    private static final BlueprintTree TREE = TreeCsv.read(Path.of("..", "docs", "examples", "skill-tree-hg-3.csv"));

    private static SkillBlueprint of(int chooseElective, int duration, SkillModule... modules) {
        return new SkillBlueprint("焊工三级操作技能", "6-18-02-04", Level.THREE, List.of(modules), chooseElective, duration);
    }

    private static List<String> problems(SkillBlueprint b, BlueprintTree tree) {
        return b.problems(tree).stream().map(v -> v.field() + ": " + v.message()).toList();
    }

    @Test
    void theExampleBlueprintHasNoProblemsAgainstItsTree() {
        SkillBlueprint b = of(1, 120, new SkillModule("1", "焊前准备", true, 20), new SkillModule("2", "板对接焊", false, 60),
                new SkillModule("3", "管对接焊", false, 60), new SkillModule("4", "焊后检查", true, 20));
        assertThat(b.problems(TREE)).isEmpty();
    }

    @Test
    void aModuleThatIsNoRangeOfTheTreeIsNamedAndTheWeightsAreNotSummedOverIt() {
        SkillBlueprint b = of(0, 120, new SkillModule("1", "焊前准备", true, 20), new SkillModule("1-001", "要点", true, 20),
                new SkillModule("9", "不存在", true, 20));
        assertThat(problems(b, TREE)).containsExactly("modules[1].code: 细目表中没有鉴定范围 1-001",
                "modules[2].code: 细目表中没有鉴定范围 9");
    }

    @Test
    void ownProblemsComeFirstThenTheWeightsOfTheTree() {
        SkillBlueprint b = of(2, 60, new SkillModule("1", "焊前准备", true, 20), new SkillModule("2", "板对接焊", false, 60));
        assertThat(problems(b, TREE)).containsExactly("chooseElective: 选考模块 1 个, 不能选 2 个",
                "durationMinutes: 必考与选考模块最长合计 80 分钟, 超过考试时长 60 分钟",
                "modules: 各模块鉴定比重合计 50, 应为 100 (必考 1 焊前准备 20; 选考 2 板对接焊 30)");
    }

    @Test
    void withoutASkillTreeTheBlueprintCannotBeChecked() {
        SkillBlueprint b = of(0, 60, new SkillModule("1", "焊前准备", true, 20));
        assertThat(b.problems(null)).extracting(Violation::field).containsExactly("modules");
        assertThat(b.problems(null)).extracting(Violation::message)
                .containsExactly("本机构没有该职业等级的操作技能鉴定要素细目表");
    }

    @Test
    void everyModuleNeedsAPositiveTimeAndThePaperADuration() {
        SkillBlueprint b = of(0, 0, new SkillModule("1", "焊前准备", true, 0), new SkillModule("2", "板对接焊", true, -5));
        assertThat(b.problems()).extracting(v -> v.field() + ": " + v.message()).containsExactly(
                "modules[0].minutes: 模块 1 的考核时间须大于 0 分钟, 现为 0",
                "modules[1].minutes: 模块 2 的考核时间须大于 0 分钟, 现为 -5",
                "durationMinutes: 考试时长须大于 0 分钟, 现为 0");
    }

    @Test
    void theOverlapWithEarlierPapersIsAShareAndTheLookBackNotNegative() {
        SkillBlueprint b = new SkillBlueprint("x", "6-18-02-04", null, Level.THREE,
                List.of(new SkillModule("1", "焊前准备", true, 20)), 0, 60,
                new ExposurePolicy(new BigDecimal("30"), -1, new BigDecimal("0.10"), 0, true));
        assertThat(b.problems()).extracting(v -> v.field() + ": " + v.message()).containsExactly(
                "exposure.maxEarlierOverlap: 与往期试卷重复上限须在 0 到 1 之间 (如 0.30 即 30%), 现为 30",
                "exposure.lookBackMonths: 回溯月数不能为负, 现为 -1");
    }
}
