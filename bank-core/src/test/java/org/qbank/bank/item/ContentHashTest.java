package org.qbank.bank.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.hash.Sha256;
import org.qbank.bank.item.ItemContent.ChoiceOption;

class ContentHashTest {

    @Test
    void theCanonicalFormIsTheDocumentedLineFormat() {
        ItemContent c = new ItemContent("电路如图\r\n所示, 求 a\\b", List.of("f".repeat(64)),
                List.of(ChoiceOption.of("B", "2 Ω"), ChoiceOption.of("A", "1 Ω")), "A", null, null, null,
                Difficulty.of(2), Score.of("1.0"), null);
        assertThat(ContentHash.canonical(c)).isEqualTo("""
                qbank-item-content/1
                stem=电路如图\\n所示, 求 a\\\\b
                stem.image[1]=%s
                option[A].text=1 Ω
                option[B].text=2 Ω
                key=A
                difficulty=2
                score=1""".formatted("f".repeat(64)));
        assertThat(ContentHash.of(c)).isEqualTo(Sha256.hex(ContentHash.canonical(c))).hasSize(64);
    }

    @Test
    void equalContentHashesAlikeWhateverItsSpellingOfWhitespaceOrOptionOrder() {
        ItemContent a = ItemContent.choice("安全电压是多少?", List.of(ChoiceOption.of("A", "36 V"), ChoiceOption.of("B", "220 V")),
                "A", Difficulty.of(1), Score.of("0.5"));
        ItemContent b = ItemContent.choice("  安全电压是多少?\r\n", List.of(ChoiceOption.of("B", "220 V "), ChoiceOption.of("A", "36 V")),
                "A", Difficulty.of(1), Score.of("0.50"));
        assertThat(ContentHash.of(a)).isEqualTo(ContentHash.of(b));
        assertThat(ContentHash.of(Contents.skill())).isEqualTo(ContentHash.of(Contents.skill()));
    }

    @Test
    void anyChangeIncludingAnImageChangesTheHash() {
        ItemContent base = Contents.single("安全电压是");
        assertThat(ContentHash.of(base.withStem("安全电压为"))).isNotEqualTo(ContentHash.of(base));
        assertThat(ContentHash.of(base.withStemImages(List.of("a".repeat(64)))))
                .isNotEqualTo(ContentHash.of(base.withStemImages(List.of("b".repeat(64)))));
        assertThat(ContentHash.of(base.withAnalysis("解析"))).isNotEqualTo(ContentHash.of(base));
    }

    @Test
    void skillTasksHashTheirRubricAndPreparationRows() {
        String canonical = ContentHash.canonical(Contents.skill());
        assertThat(canonical).contains("\nskill.durationMinutes=90\n", "\nskill.rubric[3].points=30\n",
                "\nskill.rubric[3].veto=true\n", "\nskill.preparation[2].category=CANDIDATE\n", "\nscore=100\n");
    }
}
