package org.qbank.bank.item;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemContent.RubricRow;
import org.qbank.bank.item.ItemContent.SkillTask;

class ItemContentRulesTest {

    @Test
    void wellFormedContentOfEveryTypePasses() {
        assertThatCode(() -> {
            ItemContentRules.validate(ItemType.SINGLE_CHOICE, Contents.single("安全电压是"));
            ItemContentRules.validate(ItemType.MULTIPLE_CHOICE, Contents.multiple());
            ItemContentRules.validate(ItemType.TRUE_FALSE, Contents.trueFalse());
            ItemContentRules.validate(ItemType.SHORT_ANSWER, Contents.shortAnswer());
            ItemContentRules.validate(ItemType.ESSAY, Contents.shortAnswer());
            ItemContentRules.validate(ItemType.SKILL_TASK, Contents.skill());
        }).doesNotThrowAnyException();
    }

    @Test
    void singleChoiceNeedsTwoOptionsAndOneExistingKey() {
        ItemContent c = ItemContent.choice("题干", List.of(ChoiceOption.of("A", "甲")), "B", null, null);
        violations(ItemType.SINGLE_CHOICE, c,
                new Violation("options", "选择题至少需要两个选项, 现有 1 个"),
                new Violation("key", "答案 B 不是已有的选项"));
    }

    @Test
    void singleChoiceWithTwoKeysIsRefused() {
        violations(ItemType.SINGLE_CHOICE, withKey(Contents.single("题干"), "AB"), new Violation("key", "单选题只能有一个答案: AB"));
    }

    @Test
    void multipleChoiceNeedsTwoExistingKeys() {
        violations(ItemType.MULTIPLE_CHOICE, withKey(Contents.multiple(), "A"), new Violation("key", "多选题至少有两个答案: A"));
        violations(ItemType.MULTIPLE_CHOICE, withKey(Contents.multiple(), "AF"), new Violation("key", "答案 F 不是已有的选项"));
    }

    @Test
    void trueFalseKeyIsTickOrCross() {
        violations(ItemType.TRUE_FALSE, withKey(Contents.trueFalse(), "对"), new Violation("key", "判断题答案应为 √ 或 ×: 对"));
    }

    @Test
    void optionsWithoutTextOrImageAreNamedByLabel() {
        ItemContent c = ItemContent.choice("题干", List.of(ChoiceOption.of("A", "甲"), new ChoiceOption("B", " ", null)), "A", null, null);
        violations(ItemType.SINGLE_CHOICE, c, new Violation("options[B].text", "选项 B 既无文字也无图片"));
    }

    @Test
    void freeResponseNeedsReferenceAnswerAndScoringPoints() {
        ItemContent c = ItemContent.freeResponse("简述安全用电原则。", null, "  ", null, null);
        violations(ItemType.SHORT_ANSWER, c,
                new Violation("referenceAnswer", "简答题必须有参考答案"),
                new Violation("scoringPoints", "简答题必须有评分要点"));
    }

    @Test
    void theoryItemsNeedAStem() {
        violations(ItemType.CALCULATION, ItemContent.freeResponse(" ", "答", "要点", null, null), new Violation("stem", "题干不能为空"));
    }

    @Test
    void skillRubricMustAddUpToTheTaskScore() {
        ItemContent c = Contents.skill();
        ItemContent wrong = ItemContent.skillTask(c.skill(), c.difficulty(), Score.of("90"));
        violations(ItemType.SKILL_TASK, wrong, new Violation("skill.rubric", "评分标准配分合计 100 与试题分值 90 不符"));
    }

    @Test
    void skillTaskNeedsTimeNameTasksAndCompleteRubricRows() {
        SkillTask t = new SkillTask(null, 0, null, null, null, null, List.of(),
                List.of(new RubricRow(1, "布线", null, null, null, false)), List.of());
        violations(ItemType.SKILL_TASK, ItemContent.skillTask(t, null, new Score(BigDecimal.TEN)),
                new Violation("skill.name", "试题名称不能为空"),
                new Violation("skill.durationMinutes", "考核时间应大于 0 分钟: 0"),
                new Violation("skill.tasks", "工作任务不能为空"),
                new Violation("skill.rubric[1].points", "配分不能为空"),
                new Violation("skill.rubric[1].criteria", "评分标准不能为空"));
    }

    @Test
    void skillTaskWithoutItsTaskPartIsRefused() {
        violations(ItemType.SKILL_TASK, Contents.shortAnswer(),
                new Violation("skill", "操作技能试题必须有试题名称、考核时间、工作任务和评分标准"));
    }

    private static ItemContent withKey(ItemContent c, String key) {
        return new ItemContent(c.stem(), c.stemImages(), c.options(), key, c.analysis(), c.referenceAnswer(),
                c.scoringPoints(), c.difficulty(), c.score(), c.skill());
    }

    private static void violations(ItemType type, ItemContent c, Violation... expected) {
        assertThatThrownBy(() -> ItemContentRules.validate(type, c))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.violations()).containsExactly(expected));
    }
}
