package org.qbank.assembly.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.assembly.fingerprint.PaperFingerprint;
import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.Score;

class OptionOrderTest {

    private static final ItemContent SINGLE = ItemContent.choice("我国安全电压的额定值之一是", List.of(
            ChoiceOption.of("A", "220 V"), ChoiceOption.of("B", "380 V"), ChoiceOption.of("C", "36 V"),
            ChoiceOption.of("D", "110 V")), "C", Difficulty.of(2), Score.of("1"));
    private static final ItemContent MULTIPLE = ItemContent.choice("下列属于安全电压等级的有", List.of(
            ChoiceOption.of("A", "42 V"), ChoiceOption.of("B", "36 V"), ChoiceOption.of("C", "220 V"),
            ChoiceOption.of("D", "12 V")), "ABD", Difficulty.of(3), Score.of("2"));
    private static final ItemContent TRUE_FALSE = ItemContent.choice("停电检修时应先验电后挂接地线。", List.of(), "√",
            Difficulty.of(1), Score.of("1"));

    private static List<String> keyTexts(ItemContent c) {
        return c.key().chars().mapToObj(k -> c.option(String.valueOf((char) k)).orElseThrow().text()).toList();
    }

    @Test
    void aShuffledSingleChoicePrintsTheNewOrderAndItsKeyNamesTheSameText() {
        ItemContent printed = OptionOrder.apply(SINGLE, "CADB");
        assertThat(printed.options()).extracting(ChoiceOption::label).containsExactly("A", "B", "C", "D");
        assertThat(printed.options()).extracting(ChoiceOption::text).containsExactly("36 V", "220 V", "110 V", "380 V");
        assertThat(printed.key()).isEqualTo("A");
        assertThat(keyTexts(printed)).isEqualTo(keyTexts(SINGLE)).containsExactly("36 V");
        assertThat(printed.stem()).isEqualTo(SINGLE.stem());
    }

    @Test
    void aShuffledMultipleChoiceKeepsEveryKeyedTextInLabelOrder() {
        ItemContent printed = OptionOrder.apply(MULTIPLE, "DCBA");
        assertThat(printed.key()).isEqualTo("ACD");
        assertThat(keyTexts(printed)).containsExactlyInAnyOrderElementsOf(keyTexts(MULTIPLE));
    }

    @Test
    void everySeededOrderIsAPermutationAndTheSameSeedGivesTheSameOrder() {
        long seed = OptionOrder.seedOf(PaperFingerprint.of(List.of("Q1", "Q2")));
        for (long item = 1; item <= 50; item++) {
            String order = OptionOrder.shuffle(seed, item, List.of("A", "B", "C", "D"));
            assertThat(order.chars().sorted().toArray()).containsExactly('A', 'B', 'C', 'D');
            assertThat(OptionOrder.shuffle(seed, item, List.of("A", "B", "C", "D"))).isEqualTo(order);
            ItemContent printed = OptionOrder.apply(SINGLE, order);
            assertThat(keyTexts(printed)).containsExactly("36 V");
        }
        long distinct = java.util.stream.LongStream.rangeClosed(1, 50)
                .mapToObj(i -> OptionOrder.shuffle(seed, i, List.of("A", "B", "C", "D"))).distinct().count();
        assertThat(distinct).isGreaterThan(10);
    }

    @Test
    void trueFalseAndUnshuffledQuestionsArePrintedAsStored() {
        assertThat(OptionOrder.shuffle(1, 1, List.of())).isNull();
        assertThat(OptionOrder.apply(TRUE_FALSE, "BA")).isSameAs(TRUE_FALSE);
        assertThat(OptionOrder.apply(SINGLE, null)).isSameAs(SINGLE);
    }
}
