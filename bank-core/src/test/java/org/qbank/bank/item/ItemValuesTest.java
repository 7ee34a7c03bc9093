package org.qbank.bank.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.occupation.OccupationCode;

class ItemValuesTest {

    @Test
    void itemTypesParseFromTheirChineseNamesAndShiFeiTi() {
        assertThat(ItemType.parse("判断题")).contains(ItemType.TRUE_FALSE);
        assertThat(ItemType.parse("是非题")).contains(ItemType.TRUE_FALSE);
        assertThat(ItemType.parse(" 单选 ")).contains(ItemType.SINGLE_CHOICE);
        assertThat(ItemType.parse("多选题")).contains(ItemType.MULTIPLE_CHOICE);
        assertThat(ItemType.parse("案例分析题")).contains(ItemType.CASE_ANALYSIS);
        assertThat(ItemType.parse("操作技能试题")).contains(ItemType.SKILL_TASK);
        assertThat(ItemType.parse("连线题")).isEmpty();
        assertThat(ItemType.CALCULATION.displayName()).isEqualTo("计算题");
    }

    @Test
    void generatedCodesReadOccupationLevelSubjectAndSequence() {
        String prefix = ItemCode.prefix(OccupationCode.of("6-31-01-03"), Level.THREE, Subject.THEORY);
        assertThat(ItemCode.generated(prefix, 42).value()).isEqualTo("6310103-3-T-000042");
        assertThat(ItemCode.generated(ItemCode.prefix(OccupationCode.of("4-04-05-05"), Level.ONE, Subject.SKILL), 7).value())
                .isEqualTo("4040505-1-S-000007");
    }

    @Test
    void codesWithWhitespaceAreRefused() {
        assertThatThrownBy(() -> ItemCode.of("A 1")).isInstanceOf(RuleViolationException.class).hasMessageContaining("code");
        assertThatThrownBy(() -> ItemCode.of("  ")).isInstanceOf(RuleViolationException.class);
        assertThat(ItemCode.of(" X-001 ").value()).isEqualTo("X-001");
    }

    @Test
    void difficultyAcceptsOneToFiveAndTheChineseNames() {
        assertThat(Difficulty.parse("较难")).contains(Difficulty.of(4));
        assertThat(Difficulty.parse("易")).contains(Difficulty.of(1));
        assertThat(Difficulty.of(3).displayName()).isEqualTo("中等");
        assertThatThrownBy(() -> Difficulty.of(6)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("difficulty: 难度应为 1 到 5");
    }

    @Test
    void scoresAreExactDecimalsWithoutTrailingZeros() {
        assertThat(Score.of("1.50").text()).isEqualTo("1.5");
        assertThat(Score.of("2.0")).isEqualTo(Score.of("2"));
        assertThat(Score.of("0.5").plus(Score.of("0.5")).text()).isEqualTo("1");
        assertThatThrownBy(() -> Score.of("-1")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Score.of("0.125")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Score.of("abc")).hasMessageContaining("分值不是数字");
    }

    @Test
    void keysAreNormalisedAsPeopleWriteThem() {
        assertThat(AnswerKeys.normalise(ItemType.TRUE_FALSE, "对")).isEqualTo("√");
        assertThat(AnswerKeys.normalise(ItemType.TRUE_FALSE, "错误")).isEqualTo("×");
        assertThat(AnswerKeys.normalise(ItemType.MULTIPLE_CHOICE, "B;D")).isEqualTo("BD");
        assertThat(AnswerKeys.normalise(ItemType.MULTIPLE_CHOICE, "c,a")).isEqualTo("AC");
        assertThat(AnswerKeys.normalise(ItemType.MULTIPLE_CHOICE, "ABC")).isEqualTo("ABC");
        assertThat(AnswerKeys.normalise(ItemType.SINGLE_CHOICE, " b ")).isEqualTo("B");
    }
}
