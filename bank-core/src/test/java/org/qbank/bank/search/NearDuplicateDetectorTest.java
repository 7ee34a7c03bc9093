package org.qbank.bank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;

class NearDuplicateDetectorTest {

    static final Actor REVIEWER = new Actor(5, "reviewer", Set.of(Role.REVIEWER), Set.of(1L, 2L));
    static final SearchDocument FUSE = Items.single(1, 1, "额定电压为220V的单相电路中，熔断器应装在哪根线上",
            "相线", "零线", "地线", "任意一根", "A");

    @TempDir
    Path dir;
    SearchIndex index;
    NearDuplicateDetector detector;

    @BeforeEach
    void bank() {
        index = SearchTestKit.openIndex(dir);
        detector = SearchTestKit.detector(index);
        SearchTestKit.rebuild(index, List.of(FUSE,
                Items.single(2, 1, "下列关于熔断器的说法中，正确的是", "熔断器应串联在电路中", "熔断器应并联在电路中",
                        "熔体越粗越好", "熔断器可用铜丝代替", "A"),
                Items.single(3, 2, "额定电压为220V的单相电路中，熔断器应装在哪根线上", "相线", "零线", "地线", "任意一根", "A")));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void reorderedOptionsFullWidthAndNumberingAreADuplicate() {
        SearchDocument copy = Items.single(10, 1, "（3）额定电压为２２０Ｖ的单相电路中,熔断器应装在哪根线上？",
                "任意一根", "地线", "零线", "相线", "D");
        assertThat(detector.check(REVIEWER, copy)).singleElement().satisfies(m -> {
            assertThat(m.itemId()).isEqualTo(1L);
            assertThat(m.kind()).isEqualTo(DuplicateClass.DUPLICATE);
            assertThat(m.score()).isGreaterThan(0.9);
            assertThat(m.reason()).contains("题干一致", "答案相同");
        });
    }

    @Test
    void aChangedNumberOrKeyIsAVariant() {
        SearchDocument otherVoltage = Items.single(11, 1, "额定电压为380V的单相电路中，熔断器应装在哪根线上",
                "相线", "零线", "地线", "任意一根", "A");
        assertThat(detector.check(REVIEWER, otherVoltage)).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(DuplicateClass.VARIANT);
            assertThat(m.reason()).contains("数字不同");
        });
        SearchDocument otherKey = Items.single(12, 1, FUSE.stem(), "相线", "零线", "地线", "任意一根", "B");
        assertThat(detector.check(REVIEWER, otherKey)).singleElement()
                .satisfies(m -> assertThat(m.reason()).contains("答案不同"))
                .extracting(DuplicateMatch::kind).isEqualTo(DuplicateClass.VARIANT);
    }

    @Test
    void aJudgementWrittenFromTheStemAndKeyIsADuplicate() {
        SearchDocument rewrite = Items.judge(13, 1, "额定电压为220V的单相电路中，熔断器应装在相线上。", "√");
        assertThat(detector.check(REVIEWER, rewrite)).extracting(DuplicateMatch::itemId, DuplicateMatch::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, DuplicateClass.DUPLICATE));
    }

    @Test
    void aDifferentQuestionOnTheSameTopicIsNotReported() {
        SearchDocument other = Items.single(14, 1, "下列关于熔断器的说法中，正确的是", "熔断器的额定电流应大于熔体的额定电流",
                "熔断器可以作过载保护", "熔断器应安装在零线上", "更换熔体时可以带电操作", "A");
        assertThat(detector.check(REVIEWER, other)).isEmpty();
    }

    @Test
    void theItemItselfAndOtherInstitutionsAreNeverReported() {
        assertThat(detector.check(REVIEWER, FUSE)).isEmpty();
    }

    @Test
    void anImportBatchIsCheckedAgainstTheBankAndItself() {
        SearchDocument a = Items.single(0, 1, "电流通过人体最危险的途径是", "从左手到胸部", "从右手到右脚", "从左脚到右脚",
                "从右手到左手", "A");
        SearchDocument aAgain = Items.single(0, 1, "1、电流通过人体最危险的途径是（ ）", "从右手到左手", "从左手到胸部",
                "从左脚到右脚", "从右手到右脚", "B");
        SearchDocument fuseCopy = Items.single(0, 1, FUSE.stem(), "相线", "零线", "地线", "任意一根", "A");
        BatchDuplicates report = detector.scan(REVIEWER, 1, List.of(a, aAgain, fuseCopy));
        assertThat(report.findings()).hasSize(2);
        assertThat(report.findings().get(0).index()).isEqualTo(1);
        assertThat(report.findings().get(0).inBatch()).singleElement().satisfies(p -> {
            assertThat(p.index()).isZero();
            assertThat(p.kind()).isEqualTo(DuplicateClass.DUPLICATE);
        });
        assertThat(report.findings().get(1).inBank()).extracting(DuplicateMatch::itemId).containsExactly(1L);
        assertThat(report.count(DuplicateClass.DUPLICATE)).isEqualTo(2);
    }
}
