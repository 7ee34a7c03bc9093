package org.qbank.tools.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qbank.bank.common.Level;
import org.qbank.bank.item.ItemType;

class NormalisationTest {

    @ParameterizedTest
    @CsvSource({"五级,FIVE", "初级工,FIVE", "初级,FIVE", "5,FIVE", "５,FIVE", "5.0,FIVE", "三级/高级工,THREE", "高级技师,ONE",
            "技师,TWO", "中级,FOUR"})
    void levelsAreReadInEveryCommonSpelling(String text, Level level) {
        assertThat(Levels.parse(text)).contains(level);
    }

    @ParameterizedTest
    @CsvSource({"是非题,TRUE_FALSE", "判断,TRUE_FALSE", "单项选择题,SINGLE_CHOICE", "多项选择,MULTIPLE_CHOICE",
            "问答题,SHORT_ANSWER", "案例分析,CASE_ANALYSIS", "计算题,CALCULATION"})
    void typeSynonymsMapToTheirType(String text, ItemType type) {
        assertThat(ItemType.parse(text)).contains(type);
    }

    @ParameterizedTest
    @CsvSource({"√,√", "对,√", "正确,√", "T,√", "×,×", "错,×", "错误,×", "x,×", "F,×"})
    void judgementKeysAreFolded(String text, String key) {
        assertThat(Keys.judgement(text)).contains(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ABC|ABC", "A,C|AC", "B;D|BD", "ＡＣ|AC", "c、a|AC", "D B|BD"})
    void choiceKeysBecomeSortedLetters(String text, String letters) {
        assertThat(Keys.letters(text)).contains(letters);
    }

    @Test
    void aKeyWithOtherCharactersIsNoKey() {
        assertThat(Keys.letters("A或B")).isEmpty();
        assertThat(Keys.letters("")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"易,1", "较易,2", "中等,3", "较难,4", "难,5", "４,4"})
    void difficultyWordsMapToOneToFive(String text, int value) {
        assertThat(Difficulty.parse(text)).contains(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1、兆欧表|兆欧表", "（1）兆欧表|兆欧表", "(12)兆欧表|兆欧表", "3. 兆欧表|兆欧表",
            "第3题 兆欧表|兆欧表", "1.5 A 的电流|1.5 A 的电流", "10kV 线路|10kV 线路", "2）兆欧表|兆欧表"})
    void leadingQuestionNumbersAreRemoved(String stem, String expected) {
        assertThat(Texts.stripStemNumber(stem)).isEqualTo(expected);
    }

    @Test
    void fullWidthLettersDigitsAndSpacesAreFoldedButChinesePunctuationStays() {
        assertThat(Texts.clean("\u3000ＡＢＣ１２３，（　）。 ")).isEqualTo("ABC123，（ ）。");
        assertThat(Texts.fold("Ａ－Ａ－００１")).isEqualTo("A-A-001");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "电工 安全操作规程|电工 安全操作规程",
            "\"电工  规程\"|电工 规程",
            "\" 电工\"|电工",
            "\"电工 \"|电工",
            "电工\t规程|电工 规程",
            "电工\u00A0规程|电工 规程",
            "第１题|第1题",
            "\"\"|\"\""})
    void cleanTextComesBackAsItIsAndEverythingElseIsStillFolded(String raw, String expected) {
        String in = raw.translateEscapes();
        assertThat(Texts.clean(in)).isEqualTo(expected);
        assertThat(Texts.clean(Texts.clean(in))).isEqualTo(expected);
    }

    @Test
    void packedOptionsAreSplitOnEveryCommonSeparator() {
        assertThat(Options.split("A.铜 B.铝 C.铁 D.锡")).containsExactly("铜", "铝", "铁", "锡");
        assertThat(Options.split("A、铜\nB、铝")).containsExactly("铜", "铝");
        assertThat(Options.split("(A)铜 (B)铝")).containsExactly("铜", "铝");
        assertThat(Options.split("铜**铝**铁")).containsExactly("铜", "铝", "铁");
        assertThat(Options.split("铜##铝")).containsExactly("铜", "铝");
        assertThat(Options.split("A.铜$;$B.铝")).containsExactly("铜", "铝");
        assertThat(Options.split("Ａ．铜 Ｂ．铝")).containsExactly("铜", "铝");
    }

    @Test
    void aLetterInsideAnOptionDoesNotSplitIt() {
        assertThat(Options.split("A.选 B.项 的 A.类 C.三")).containsExactly("选", "项 的 A.类", "三");
        assertThat(Options.split("只是一段文字")).containsExactly("只是一段文字");
    }
}
