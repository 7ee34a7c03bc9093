package org.qbank.assembly.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.Score;

/** Under "CADB" printed A is the original C: original A → B, B → D, C → A, D → C. */
class AnalysisLettersTest {

    private static final String ORDER = "CADB";

    private static String rewrite(String analysis) {
        return AnalysisLetters.rewrite(analysis, ORDER);
    }

    @Test
    void lettersAfterAnOptionCueAreRewritten() {
        assertThat(rewrite("选项A错误，因为安全电压不超过36 V；故选C。"))
                .isEqualTo("选项B错误，因为安全电压不超过36 V；故选A。");
        assertThat(rewrite("本题答案为D，220 V是民用电压。")).isEqualTo("本题答案为C，220 V是民用电压。");
        assertThat(rewrite("正确答案：B")).isEqualTo("正确答案：D");
        assertThat(rewrite("排除A后只剩C、D两项可选")).isEqualTo("排除B后只剩A、C两项可选");
    }

    @Test
    void lettersBeforeAnOptionCueAreRewritten() {
        assertThat(rewrite("A、B两项均为绝缘材料，D项是导体。")).isEqualTo("B、D两项均为绝缘材料，C项是导体。");
        assertThat(rewrite("C选项说法正确；A说法错误；B对，D错。")).isEqualTo("A选项说法正确；B说法错误；D对，C错。");
        assertThat(rewrite("B不符合焊接工艺评定的要求。")).isEqualTo("D不符合焊接工艺评定的要求。");
    }

    @Test
    void lettersInBracketsAndListedClausesAreRewritten() {
        assertThat(rewrite("根据《电业安全工作规程》，本题选（C）。")).isEqualTo("根据《电业安全工作规程》，本题选（A）。");
        assertThat(rewrite("依规程应为(D)")).isEqualTo("依规程应为(C)");
        assertThat(rewrite("A：电压过高；B：电流过大；C：接地不良。"))
                .isEqualTo("B：电压过高；D：电流过大；A：接地不良。");
    }

    @Test
    void aLetterGroupWrittenTogetherIsPutInLabelOrderLikeTheKey() {
        assertThat(rewrite("故选ABD。")).isEqualTo("故选BCD。");
        assertThat(rewrite("答案为 AC")).isEqualTo("答案为 AB");
    }

    @Test
    void aListedGroupKeepsItsOrderBecauseTheTextPairsWithIt() {
        assertThat(rewrite("选项A、C分别对应交流和直流。")).isEqualTo("选项B、A分别对应交流和直流。");
        assertThat(rewrite("选项B和D错误")).isEqualTo("选项D和C错误");
    }

    @Test
    void lettersThatNameSomethingElseStayUntouched() {
        List<String> untouched = List.of(
                "PVC绝缘导线不宜在高温场所敷设。",
                "三相四线制中A相、B相、C相的相电压均为220 V。",
                "Q235A属于碳素结构钢，A类钢按力学性能供应。",
                "DNA检测不属于本职业范围。",
                "选A类钢材时应核对质量证明书。",
                "B超检查与无损检测原理不同；选用A4纸打印记录。",
                "额定电流为5 A，绝缘等级为B级，E级更高。",
                "用A/D转换器采集信号，CAD图纸按GB/T 14665绘制。",
                "焊缝分为A、B、C、D四个等级，其中A点为起弧点。",
                "A项目部与B项目部分别负责土建和安装。");
        for (String text : untouched) {
            assertThat(rewrite(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void aGroupNamingALetterThatIsNoOptionOfTheQuestionStaysUntouched() {
        assertThat(rewrite("选项A、E不是本题的选项")).isEqualTo("选项A、E不是本题的选项");
        assertThat(AnalysisLetters.rewrite("故选C", "BA")).isEqualTo("故选C");
    }

    @Test
    void nothingToRewriteWithoutAnalysisOrOrder() {
        assertThat(AnalysisLetters.rewrite(null, ORDER)).isNull();
        assertThat(AnalysisLetters.rewrite("故选C", null)).isEqualTo("故选C");
        assertThat(AnalysisLetters.rewrite("", ORDER)).isEmpty();
    }

    @Test
    void aPrintedQuestionsAnalysisNamesTheSameOptionTextsAsItsKey() {
        ItemContent stored = ItemContent.choice("我国安全电压的额定值之一是", List.of(
                ChoiceOption.of("A", "220 V"), ChoiceOption.of("B", "380 V"), ChoiceOption.of("C", "36 V"),
                ChoiceOption.of("D", "110 V")), "C", Difficulty.of(2), Score.of("1"))
                .withAnalysis("选项A、B、D均高于安全电压，故选C。");
        ItemContent printed = OptionOrder.apply(stored, ORDER);
        assertThat(printed.key()).isEqualTo("A");
        assertThat(printed.analysis()).isEqualTo("选项B、D、C均高于安全电压，故选A。");
        assertThat(printed.option("A").orElseThrow().text()).isEqualTo("36 V");
        assertThat(List.of("B", "D", "C")).extracting(l -> printed.option(l).orElseThrow().text())
                .containsExactly("220 V", "380 V", "110 V");
    }
}
