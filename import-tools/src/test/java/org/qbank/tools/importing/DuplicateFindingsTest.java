package org.qbank.tools.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DuplicateFindingsTest {

    @Test
    void eachKindIsWordedForTheRowsWarningAndCountedByPlace() {
        var duplicate = new DuplicateFindings.Pair("试题", 7, "T-7", DuplicateFindings.Kind.DUPLICATE,
                DuplicateFindings.Place.BANK, 0, "T-1", 0.97, "题干一致，选项与答案相同");
        var reworded = new DuplicateFindings.Pair("试题", 9, "", DuplicateFindings.Kind.POSSIBLE_REWORDING,
                DuplicateFindings.Place.FILE, 4, "T-4", 0.24, "选项与答案相同，题干措辞不同 (题干相似度 0.24)");
        var findings = new DuplicateFindings(100, 0.1, List.of(duplicate, reworded));

        assertThat(duplicate.describe()).isEqualTo("疑似重复：与题库中 T-1重复（相似度 0.97）：题干一致，选项与答案相同");
        assertThat(reworded.describe())
                .isEqualTo("疑似重复：可能是本文件第4行（T-4）的改写（相似度 0.24）：选项与答案相同，题干措辞不同 (题干相似度 0.24)");
        assertThat(findings.counts()).containsExactly(java.util.Map.entry("重复·题库", 1L), java.util.Map.entry("疑似改写·本文件", 1L));
        assertThat(findings.warnings()).extracting(ImportProblem::row).containsExactly(7, 9);
    }
}
