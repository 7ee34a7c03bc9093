package org.qbank.bank.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

class ItemTypeTest {

    /** Every name the bank workbook import has accepted, the enum names it knew (FILL_IN) and the form names. */
    @ParameterizedTest
    @CsvSource({
            "判断题,TRUE_FALSE", "判断,TRUE_FALSE", "是非题,TRUE_FALSE", "是非,TRUE_FALSE", "对错题,TRUE_FALSE",
            "判断正误,TRUE_FALSE", "true_false,TRUE_FALSE",
            "单选题,SINGLE_CHOICE", "单选,SINGLE_CHOICE", "单项选择题,SINGLE_CHOICE", "单项选择,SINGLE_CHOICE",
            "选择题,SINGLE_CHOICE", "单择题,SINGLE_CHOICE", "SINGLE_CHOICE,SINGLE_CHOICE",
            "多选题,MULTIPLE_CHOICE", "多选,MULTIPLE_CHOICE", "多项选择题,MULTIPLE_CHOICE", "多项选择,MULTIPLE_CHOICE",
            "不定项选择题,MULTIPLE_CHOICE",
            "填空题,FILL_BLANK", "填空,FILL_BLANK", "FILL_IN,FILL_BLANK", "fill_in,FILL_BLANK", "FILL_BLANK,FILL_BLANK",
            "简答题,SHORT_ANSWER", "简答,SHORT_ANSWER", "问答题,SHORT_ANSWER",
            "计算题,CALCULATION", "计算,CALCULATION",
            "论述题,ESSAY", "论述,ESSAY",
            "案例分析题,CASE_ANALYSIS", "案例分析,CASE_ANALYSIS", "案例题,CASE_ANALYSIS", "综合分析题,CASE_ANALYSIS",
            "操作技能试题,SKILL_TASK", "技能题,SKILL_TASK", "操作题,SKILL_TASK", "操作技能题,SKILL_TASK"})
    void everyKnownNameOfATypeParsesToIt(String text, ItemType type) {
        assertThat(ItemType.parse(text)).contains(type);
    }

    @Test
    void fullWidthCharactersAndSpacesAreFoldedFirst() {
        assertThat(ItemType.parse("　单项选择题 ")).contains(ItemType.SINGLE_CHOICE);
        assertThat(ItemType.parse("ＦＩＬＬ＿ＩＮ")).contains(ItemType.FILL_BLANK);
        assertThat(ItemType.parse("连线题")).isEmpty();
        assertThat(ItemType.parse(" ")).isEmpty();
        assertThat(ItemType.parse(null)).isEmpty();
    }

    @Test
    void jsonReadsTheOldFillInNameAndWritesTheOneName() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readValue("\"FILL_IN\"", ItemType.class)).isEqualTo(ItemType.FILL_BLANK);
        assertThat(json.readValue("\"FILL_BLANK\"", ItemType.class)).isEqualTo(ItemType.FILL_BLANK);
        assertThat(json.writeValueAsString(ItemType.FILL_BLANK)).isEqualTo("\"FILL_BLANK\"");
    }

    @Test
    void keyedChoiceAndFreeResponseTypes() {
        assertThat(ItemType.TRUE_FALSE.isKeyed()).isTrue();
        assertThat(ItemType.TRUE_FALSE.isChoice()).isFalse();
        assertThat(ItemType.MULTIPLE_CHOICE.isKeyed()).isTrue();
        assertThat(ItemType.FILL_BLANK.isKeyed()).isFalse();
        assertThat(ItemType.FILL_BLANK.isFreeResponse()).isTrue();
        assertThat(ItemType.SKILL_TASK.isKeyed()).isFalse();
        assertThat(ItemType.SKILL_TASK.isFreeResponse()).isFalse();
    }
}
