package org.qbank.bank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    private final Analyzer index = ItemAnalyzers.text(true);
    private final Analyzer query = ItemAnalyzers.text(false);

    @Test
    void latinLettersDigitsAndUnitsStayTogetherNextToChinese() throws IOException {
        assertThat(tokens(query, "额定电压220V的设备")).contains("220v", "设备").doesNotContain("v");
        assertThat(tokens(query, "CO2灭火器")).containsExactly("co2", "灭火器");
        assertThat(tokens(query, "IP地址是192.168.1.1")).containsExactly("ip", "地址", "是", "192.168.1.1");
        assertThat(tokens(query, "导线截面积3.5mm²")).contains("3.5mm2");
    }

    @Test
    void indexingAlsoKeepsThePartsOfMixedRunsSoANumberAloneFindsThem() throws IOException {
        assertThat(tokens(index, "额定电压220V")).contains("220v", "220", "v");
        assertThat(tokens(index, "3.5mm²")).contains("3.5mm2", "3.5", "mm", "2");
    }

    @Test
    void fullWidthFormsFoldToTheirPlainForms() throws IOException {
        assertThat(tokens(query, "ＣＯ２灭火器")).isEqualTo(tokens(query, "CO2灭火器"));
        assertThat(tokens(query, "额定电压２２０Ｖ")).contains("220v");
    }

    @Test
    void offsetsPointIntoTheOriginalTextForHighlighting() throws IOException {
        String text = "ＣＯ２灭火器";
        try (TokenStream ts = index.tokenStream("stem", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            List<String> spans = new ArrayList<>();
            while (ts.incrementToken()) {
                spans.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
            }
            ts.end();
            assertThat(spans).contains("co2=ＣＯ２", "灭火器=灭火器");
        }
    }

    @Test
    void typicalStemsOfRealQuestionsAreSegmentedIntoWords() throws IOException {
        List<Cmmlu.Question> questions = Cmmlu.load(Cmmlu.dirOrSkip());
        Cmmlu.Question reactor = questions.stream().filter(q -> q.stem().equals("普通电抗器的额定电流选择应")).findFirst()
                .orElseThrow();
        assertThat(tokens(query, reactor.stem())).containsSubsequence("普通", "电抗器", "的", "额定", "电流", "选择", "应");
        assertThat(tokens(query, reactor.options().get("C"))).contains("1.1", "倍");
        for (Cmmlu.Question q : questions) {
            List<String> words = tokens(query, q.stem());
            assertThat(words).as(q.ref()).isNotEmpty();
            assertThat(words).as(q.ref()).allSatisfy(w -> assertThat(w).isLowerCase().doesNotContainAnyWhitespaces());
        }
    }

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("stem", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
