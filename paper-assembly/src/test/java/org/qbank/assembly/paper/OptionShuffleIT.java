package org.qbank.assembly.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.fingerprint.PaperFingerprint;
import org.qbank.assembly.paper.Paper.PaperScope;
import org.qbank.assembly.testsupport.AssemblyTestApplication;
import org.qbank.assembly.testsupport.ExamFixtures;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemTestData;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.Score;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A shuffled paper keeps each question's option order; keys still name the same texts; 判断题 stay as stored. */
@StorageTest
@SpringBootTest(classes = AssemblyTestApplication.class)
class OptionShuffleIT {

    @Autowired
    PaperService papers;
    @Autowired
    ExamFixtures fixtures;
    @Autowired
    ItemService items;
    @Autowired
    ItemTestData data;

    ExamFixtures.Bank bank;
    List<PaperItem> questions;

    @BeforeEach
    void singlesAMultipleAndATrueFalse() {
        bank = fixtures.bank();
        questions = new ArrayList<>(bank.items(1, 6));
        ItemView multiple = items.create(bank.writer, ItemTestData.theory(bank.institution, bank.occupation,
                ItemType.MULTIPLE_CHOICE, ItemContent.choice("下列属于安全电压等级的有", List.of(ChoiceOption.of("A", "42 V"),
                        ChoiceOption.of("B", "36 V"), ChoiceOption.of("C", "220 V"), ChoiceOption.of("D", "12 V"),
                        ChoiceOption.of("E", "24 V")), "ABDE", Difficulty.of(3), Score.of("2")), data.point(bank.institution, bank.occupation)));
        ItemView trueFalse = items.create(bank.writer, ItemTestData.theory(bank.institution, bank.occupation,
                ItemType.TRUE_FALSE, ItemContent.choice("停电检修时应先验电后挂接地线。", List.of(), "√",
                        Difficulty.of(1), Score.of("1")), data.point(bank.institution, bank.occupation)));
        questions.add(new PaperItem(7, multiple.id(), multiple.code().value(), multiple.latest().id()));
        questions.add(new PaperItem(8, trueFalse.id(), trueFalse.code().value(), trueFalse.latest().id()));
    }

    private NewPaper paper(Long seed) {
        return new NewPaper(bank.institution, new PaperScope(bank.occupationCode(), null, Level.THREE, Subject.THEORY),
                "三级理论", questions, new BigDecimal("1.0"), 24, seed);
    }

    private ItemContent stored(PaperItem q) {
        return items.history(bank.admin, q.itemId()).stream().filter(v -> v.id() == q.versionId()).findFirst()
                .orElseThrow().content();
    }

    @Test
    void theKeptPaperStoresEachChoiceQuestionsOrderAndItsKeyStillNamesTheSameText() {
        long seed = OptionOrder.seedOf(PaperFingerprint.of(questions.stream().map(PaperItem::itemCode).toList()));
        Paper kept = papers.find(bank.admin, papers.saveDraft(bank.admin, paper(seed)));
        assertThat(kept.optionSeed()).isEqualTo(seed);
        List<PaperItem> read = kept.items();
        assertThat(read.get(7).optionOrder()).as("判断题 untouched").isNull();
        assertThat(read.subList(0, 7)).allSatisfy(q -> assertThat(q.optionOrder()).isNotNull());
        assertThat(read.get(6).optionOrder()).hasSize(5);
        for (PaperItem q : read) {
            ItemContent original = stored(q);
            ItemContent printed = OptionOrder.apply(original, q.optionOrder());
            List<String> before = original.key().chars().mapToObj(k -> original.option(String.valueOf((char) k))
                    .map(ChoiceOption::text).orElse(String.valueOf((char) k))).sorted().toList();
            List<String> after = printed.key().chars().mapToObj(k -> printed.option(String.valueOf((char) k))
                    .map(ChoiceOption::text).orElse(String.valueOf((char) k))).sorted().toList();
            assertThat(after).as(q.itemCode()).isEqualTo(before);
        }
        // most orders differ from the stored one (a permutation may come out as the identity)
        assertThat(read.stream().filter(q -> q.optionOrder() != null && !"ABCD".equals(q.optionOrder())
                && !"ABCDE".equals(q.optionOrder())).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void shufflingIsReproducibleAndLeavesTheFingerprintAlone() {
        Paper a = papers.find(bank.admin, papers.saveDraft(bank.admin, paper(42L)));
        Paper b = papers.find(bank.admin, papers.saveDraft(bank.admin, paper(42L)));
        Paper plain = papers.find(bank.admin, papers.saveDraft(bank.admin, paper(null)));
        assertThat(a.items()).extracting(PaperItem::optionOrder).isEqualTo(b.items().stream().map(PaperItem::optionOrder).toList());
        assertThat(plain.items()).allSatisfy(q -> assertThat(q.optionOrder()).isNull());
        assertThat(plain.optionSeed()).isNull();
        assertThat(a.fingerprint()).isEqualTo(plain.fingerprint())
                .isEqualTo(PaperFingerprint.of(questions.stream().map(PaperItem::itemCode).toList()));
    }
}
