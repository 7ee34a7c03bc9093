package org.qbank.bank.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.common.Level;

class PanelQualificationTest {

    @Test
    void threeLevelItemsNeedAnExpertOfLevelTwoOrAbove() {
        assertThat(PanelQualification.warning(Level.TWO, null, List.of(Level.THREE))).isNull();
        assertThat(PanelQualification.warning(Level.ONE, null, List.of(Level.FOUR, Level.THREE))).isNull();
        assertThat(PanelQualification.warning(Level.THREE, null, List.of(Level.THREE)))
                .isEqualTo("专家本人等级为 三级/高级工, 低于评审 三级/高级工 试题所需的 二级/技师及以上");
        assertThat(PanelQualification.warning(null, null, List.of(Level.FIVE))).contains("未登记等级");
    }

    @Test
    void levelTwoAndAboveNeedLevelOneOrASeniorTitle() {
        assertThat(PanelQualification.warning(Level.ONE, null, List.of(Level.TWO))).isNull();
        assertThat(PanelQualification.warning(Level.TWO, "高级工程师", List.of(Level.ONE))).isNull();
        assertThat(PanelQualification.warning(null, "教授", List.of(Level.TWO))).isNull();
        assertThat(PanelQualification.warning(null, "副研究员", List.of(Level.TWO))).isNull();
        assertThat(PanelQualification.warning(Level.TWO, "工程师", List.of(Level.THREE, Level.TWO)))
                .isEqualTo("专家本人等级为 二级/技师, 职称 工程师, 低于评审 二级/技师 试题所需的 一级/高级技师或高级职称");
    }

    @Test
    void theCertificateTitleOfLevelThreeIsNotASeniorTitle() {
        assertThat(PanelQualification.seniorTitle("高级工")).isFalse();
        assertThat(PanelQualification.seniorTitle("高级技师")).isTrue();
        assertThat(PanelQualification.seniorTitle("正高级讲师")).isTrue();
        assertThat(PanelQualification.seniorTitle(" ")).isFalse();
    }
}
