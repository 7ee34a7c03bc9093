package org.qbank.tools.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qbank.bank.common.Level;
import org.qbank.bank.item.ItemType;
import org.qbank.tools.testdata.RealBank;

class RealWorkbookImportTest {

    @TempDir
    Path dir;

    private final BankWorkbookReader reader = new BankWorkbookReader();

    @Test
    void aRealisticWorkbookImportsWithEveryRow() throws Exception {
        Path file = RealBank.write(dir.resolve("电工三级.xlsx"));

        ImportOutcome outcome = reader.read(file, ImportOptions.DEFAULT);

        assertThat(outcome.report().errors()).isEmpty();
        assertThat(outcome.accepted()).isTrue();
        ParsedBank bank = outcome.bank();
        assertThat(bank.knowledge()).hasSize(RealBank.knowledgeRows().size());
        assertThat(bank.knowledge().stream().filter(KnowledgeRow::isPoint).count()).isGreaterThanOrEqualTo(184);
        assertThat(bank.theoryItems()).hasSize(RealBank.theoryRows().size()).hasSizeGreaterThan(300);
        TheoryItem first = bank.theoryItems().get(0);
        assertThat(first.type()).isEqualTo(ItemType.SINGLE_CHOICE);
        assertThat(first.level()).isEqualTo(Level.THREE);
        assertThat(first.options()).hasSize(4);
        assertThat(first.answer()).matches("[ABCD]");
        assertThat(bank.theoryItems()).filteredOn(i -> i.type() == ItemType.TRUE_FALSE)
                .extracting(TheoryItem::answer).containsExactly("√", "×", "√", "×");
        assertThat(bank.theoryItems()).filteredOn(i -> i.review() != null)
                .allSatisfy(i -> assertThat(i.review().experts()).containsExactly("王明", "李强", "赵敏"));
        assertThat(bank.skillTasks()).hasSize(2);
        SkillTask task = bank.skillTasks().get(0);
        assertThat(task.rubric().stream().map(RubricRow::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(task.rubric()).anyMatch(RubricRow::veto);
        assertThat(task.preparation()).hasSize(3);
        assertThat(outcome.report().warnings()).anyMatch(w -> w.reason().contains("未知的工作表"));
    }

    @Test
    void exportThenImportGivesTheSameModel() throws Exception {
        ParsedBank bank = reader.read(RealBank.write(dir.resolve("in.xlsx")), ImportOptions.DEFAULT).bank();
        Path out = dir.resolve("out.xlsx");
        try (OutputStream o = Files.newOutputStream(out)) {
            new BankWorkbookWriter().write(BankExport.of(bank), o, n -> { });
        }

        ImportOutcome again = reader.read(out, ImportOptions.DEFAULT);

        assertThat(again.report().errors()).isEmpty();
        assertThat(again.bank().theoryItems()).extracting(TheoryItem::contentKey)
                .containsExactlyElementsOf(bank.theoryItems().stream().map(TheoryItem::contentKey).toList());
        assertThat(again.bank().theoryItems()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("row")
                .containsExactlyElementsOf(bank.theoryItems());
        assertThat(again.bank().knowledge()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("row")
                .containsExactlyElementsOf(bank.knowledge());
        assertThat(again.bank().skillTasks()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("row", "rubric", "preparation")
                .containsExactlyElementsOf(bank.skillTasks());
        assertThat(again.bank().skillTasks().get(0).rubric()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("row")
                .containsExactlyElementsOf(bank.skillTasks().get(0).rubric());
    }
}
