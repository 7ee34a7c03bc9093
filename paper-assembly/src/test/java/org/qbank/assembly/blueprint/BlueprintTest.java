package org.qbank.assembly.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemType;

class BlueprintTest {

    private static BlueprintTree tree(String weightOfB) {
        return new BlueprintTree(List.of(TreeNode.range("A", "a", new BigDecimal(40)),
                TreeNode.point("A-001", "p", Importance.X), TreeNode.range("B", "b", new BigDecimal(weightOfB)),
                TreeNode.point("B-001", "q", Importance.Y)));
    }

    private static Blueprint blueprint(BigDecimal total, Distribution distribution) {
        return new Blueprint("三级理论", "6-18-02-04", null, Level.THREE, Subject.THEORY,
                List.of(new Section(ItemType.TRUE_FALSE, 40, new BigDecimal("0.5")),
                        new Section(ItemType.SINGLE_CHOICE, 140, new BigDecimal("0.5")),
                        new Section(ItemType.MULTIPLE_CHOICE, 10, BigDecimal.ONE)),
                total, 90, distribution, DifficultyTarget.of("3.0", "0.1"), ExposurePolicy.defaults(), List.of());
    }

    @Test
    void aConsistentBlueprintHasNoProblems() {
        assertThat(blueprint(new BigDecimal(100), Distribution.byKnowledgePoint(1)).problems(tree("60"))).isEmpty();
    }

    @Test
    void pointsThatDoNotAddUpToTheTotalAreRejectedNamingTheField() {
        assertThatThrownBy(() -> blueprint(new BigDecimal(90), Distribution.byType()).validate(null))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations()).containsExactly(
                        new Violation("totalPoints", "各题型分值合计 100, 与总分 90 不符")));
    }

    @Test
    void weightsThatDoNotAddUpAreReportedForAKnowledgePointBlueprint() {
        assertThat(blueprint(new BigDecimal(100), Distribution.byKnowledgePoint(1)).problems(tree("50")))
                .containsExactly(new Violation("distribution.weights", "细目表顶层鉴定比重合计 90, 应为 100"));
    }

    @Test
    void aKnowledgePointBlueprintNeedsATree() {
        assertThat(blueprint(new BigDecimal(100), Distribution.byKnowledgePoint(1)).problems(null))
                .extracting(Violation::field).containsExactly("distribution");
    }

    @Test
    void theDifficultyBandBecomesIntegerSums() {
        DifficultyTarget d = DifficultyTarget.of("3.0", "0.1");
        assertThat(d.minSum(100)).isEqualTo(290);
        assertThat(d.maxSum(100)).isEqualTo(310);
        assertThat(d.minSum(7)).isEqualTo(21); // 2.9 · 7 = 20.3 → 21
        assertThat(d.maxSum(7)).isEqualTo(21); // 3.1 · 7 = 21.7 → 21
    }

    @Test
    void overlapLimitsRoundDown() {
        ExposurePolicy p = ExposurePolicy.defaults();
        assertThat(p.allowedWithEarlier(100)).isEqualTo(30);
        assertThat(p.allowedWithEarlier(99)).isEqualTo(29);
        assertThat(p.allowedWithinBatch(95)).isEqualTo(9);
    }

    @Test
    void aSkillBlueprintMustFitItsLongestChoiceIntoTheDuration() {
        SkillBlueprint skill = new SkillBlueprint("三级技能", "6-18-02-04", Level.THREE,
                List.of(new SkillModule("1", "焊前准备", true, 30), new SkillModule("2", "板对接", false, 60),
                        new SkillModule("3", "管对接", false, 90)), 1, 100);
        assertThat(skill.problems()).extracting(Violation::message)
                .containsExactly("必考与选考模块最长合计 120 分钟, 超过考试时长 100 分钟");
        SkillBlueprint tooMany = new SkillBlueprint("三级技能", "6-18-02-04", Level.THREE,
                List.of(new SkillModule("1", "焊前准备", true, 30)), 2, 100);
        assertThat(tooMany.problems()).extracting(Violation::field).containsExactly("chooseElective");
    }

    @Test
    void aBlueprintMissingSectionsDistributionAndPolicyNamesEachFieldInsteadOfFailing() {
        Blueprint incomplete = new Blueprint("不完整", "6-31-01-03", null, Level.THREE, Subject.THEORY, null,
                BigDecimal.valueOf(100), 120, null, null, null, null);
        assertThat(incomplete.problems(null)).extracting(Violation::field)
                .contains("sections", "distribution", "exposure");
    }
}
