package org.qbank.bank.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void blankOptionalTextIsAbsentAndPresentTextIsStripped() {
        assertThat(Texts.optional(null)).isNull();
        assertThat(Texts.optional("")).isNull();
        assertThat(Texts.optional(" \t\n\u3000")).isNull();
        assertThat(Texts.optional("  市级题库 \n")).isEqualTo("市级题库");
        assertThat(Texts.optional("气焊工")).isEqualTo("气焊工");
    }
}
