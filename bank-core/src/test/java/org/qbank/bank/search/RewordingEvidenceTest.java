package org.qbank.bank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RewordingEvidenceTest {

    private static final DupView MEGGER = choice(SearchDocument.SINGLE, "测量电动机绕组的绝缘电阻应使用（ ）。", "A",
            "兆欧表", "万用表", "钳形电流表", "直流电桥");

    @Test
    void theSameOptionsAndKeyUnderAReworkedStemAreReportedForAPersonToJudge() {
        DupView reworded = choice(SearchDocument.SINGLE, "电机绕组对地的绝缘电阻，一般用哪种仪表测量？", "C",
                "万用表", "直流电桥", "兆欧表", "钳形电流表");
        PairScorer.Verdict v = PairScorer.compare(reworded, MEGGER);
        assertThat(v.kind()).isEqualTo(DuplicateClass.POSSIBLE_REWORDING);
        assertThat(v.reason()).startsWith("选项与答案相同，题干措辞不同");
    }

    @Test
    void anotherKeyOrAnotherOptionIsNoEvidence() {
        DupView otherKey = choice(SearchDocument.SINGLE, "电机绕组对地的绝缘电阻，一般用哪种仪表测量？", "A",
                "万用表", "直流电桥", "兆欧表", "钳形电流表");
        assertThat(PairScorer.compare(otherKey, MEGGER).kind()).isEqualTo(DuplicateClass.NOT_SIMILAR);
        DupView otherOption = choice(SearchDocument.SINGLE, "电机绕组对地的绝缘电阻，一般用哪种仪表测量？", "C",
                "万用表", "接地电阻测试仪", "兆欧表", "钳形电流表");
        assertThat(PairScorer.compare(otherOption, MEGGER).kind()).isEqualTo(DuplicateClass.NOT_SIMILAR);
    }

    @Test
    void aTemplateTwinKeepsItsOptionsAndKeyButIsAnotherQuestion() {
        // One sentence, one term exchanged: the answer coincides, the question does not.
        DupView copper = choice(SearchDocument.SINGLE, "紫铜焊接前通常需要对焊件进行（ ）。", "B",
                "淬火", "预热", "回火", "正火");
        DupView aluminium = choice(SearchDocument.SINGLE, "厚铝板焊接前通常需要对焊件进行（ ）。", "B",
                "淬火", "预热", "回火", "正火");
        assertThat(PairScorer.compare(copper, aluminium).kind()).isEqualTo(DuplicateClass.NOT_SIMILAR);
    }

    @Test
    void optionsThatDifferOnlyInTheirNumbersAreNoEvidence() {
        DupView tunnel = choice(SearchDocument.SINGLE, "在金属容器内使用的手持照明灯，电压不得超过（ ）V。", "A",
                "12", "24", "36", "42");
        DupView boiler = choice(SearchDocument.SINGLE, "锅炉汽包内检修照明的安全电压应选（ ）V。", "A",
                "24", "12", "42", "36");
        assertThat(PairScorer.compare(tunnel, boiler).kind()).isEqualTo(DuplicateClass.NOT_SIMILAR);
    }

    @Test
    void stemsThatShareNothingSayNothingThroughTheirOptions() {
        DupView resistance = choice(SearchDocument.SINGLE, "绕组直流电阻的测量一般用（ ）。", "D",
                "兆欧表", "万用表", "钳形电流表", "直流电桥");
        assertThat(PairScorer.compare(resistance, MEGGER).kind()).isEqualTo(DuplicateClass.NOT_SIMILAR);
    }

    @Test
    void aTrueStatementNamingExactlyTheKeyedOptionsMayBeTheChoiceItemReworded() {
        DupView statement = DupView.of(SearchDocument.JUDGE, "电动机绕组对地绝缘的好坏，应当用兆欧表来检测。", Map.of(), "√");
        PairScorer.Verdict v = PairScorer.compare(statement, MEGGER);
        assertThat(v.kind()).isEqualTo(DuplicateClass.POSSIBLE_REWORDING);
        assertThat(v.reason()).startsWith("判断题陈述含选择题的全部正确选项");
        // Naming a distractor, or being false, is no such evidence.
        DupView distractor = DupView.of(SearchDocument.JUDGE, "电动机绕组对地绝缘的好坏，可以用万用表来检测。", Map.of(), "√");
        assertThat(PairScorer.compare(distractor, MEGGER).kind()).isEqualTo(DuplicateClass.NOT_SIMILAR);
        DupView falseOne = DupView.of(SearchDocument.JUDGE, "电动机绕组对地绝缘的好坏，应当用兆欧表来检测。", Map.of(), "×");
        assertThat(PairScorer.compare(falseOne, MEGGER).kind()).isEqualTo(DuplicateClass.NOT_SIMILAR);
    }

    @Test
    void aTrueStatementNamingEveryKeyedOptionOfAMultipleChoiceItem() {
        DupView multiple = choice(SearchDocument.MULTIPLE, "三相异步电动机的调速方法有（ ）。", "ABC",
                "变极调速", "变频调速", "变转差率调速", "变相序调速");
        DupView statement = DupView.of(SearchDocument.JUDGE,
                "异步电动机可以通过变极调速、变频调速和变转差率调速三种方法调节转速。", Map.of(), "√");
        assertThat(PairScorer.compare(statement, multiple).kind()).isEqualTo(DuplicateClass.POSSIBLE_REWORDING);
        DupView partial = DupView.of(SearchDocument.JUDGE, "异步电动机可以通过变频调速调节转速。", Map.of(), "√");
        assertThat(PairScorer.compare(partial, multiple).kind()).isEqualTo(DuplicateClass.NOT_SIMILAR);
    }

    private static DupView choice(String type, String stem, String key, String... texts) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < texts.length; i++) {
            options.put(String.valueOf((char) ('A' + i)), texts[i]);
        }
        return DupView.of(type, stem, options, key);
    }
}
