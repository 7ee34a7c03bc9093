package org.qbank.portal.pages.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SvgChartsTest {

    @Test
    void labelsAreEscapedAndBarsShortOfTheNeedAreMarked() {
        String svg = SvgCharts.horizontal("覆盖", "说明", List.of(new SvgCharts.Bar("A <script>", 2, 3),
                new SvgCharts.Bar("B", 5, 2)));
        assertThat(svg).doesNotContain("<script>").contains("A &lt;script&gt;");
        assertThat(svg).contains("class=\"bar short\"").contains("2 / 需 3").contains("5 / 需 2");
        assertThat(svg).contains("role=\"img\"").contains("<title");
    }

    @Test
    void aHistogramPrintsEveryValue() {
        String svg = SvgCharts.columns("难度", "说明", List.of(new SvgCharts.Bar("1 易", 4, null),
                new SvgCharts.Bar("2 较易", 0, null)));
        assertThat(svg).contains(">4<").contains(">0<").contains("1 易");
    }
}
