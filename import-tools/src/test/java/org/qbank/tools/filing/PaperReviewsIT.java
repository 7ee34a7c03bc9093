package org.qbank.tools.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qbank.bank.access.Actor;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.Institutions;
import org.qbank.bank.review.PanelMemberView;
import org.qbank.bank.review.ReviewSheetService;
import org.qbank.bank.review.RoundView;
import org.qbank.bank.testsupport.StorageTest;
import org.qbank.tools.cli.ToolsApplication;
import org.qbank.tools.importing.BankWorkbookReader;
import org.qbank.tools.importing.ImportOptions;
import org.qbank.tools.importing.ParsedBank;
import org.qbank.tools.storage.BankImporter;
import org.qbank.tools.testdata.RealBank;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Rows marked 已审定 in an imported workbook become imported review rounds that verify, once. */
@StorageTest
@SpringBootTest(classes = ToolsApplication.class)
class PaperReviewsIT {

    @TempDir
    Path dir;

    @Autowired
    BankImporter importer;
    @Autowired
    PaperReviews paperReviews;
    @Autowired
    ReviewSheetService sheets;
    @Autowired
    Institutions institutions;
    @Autowired
    TransactionTemplate tx;

    @Test
    void reviewedRowsOfAnImportBecomeAnImportedRoundOnlyOnce() throws Exception {
        String code = "P" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        long inst = institutions.save(new Institution(code, "测试机构 " + code, Institution.Kind.TRAINING_ORG, null,
                Instant.parse("2026-01-01T00:00:00Z"))).getId();
        Actor actor = Actor.system("qbank-tools", Set.of(inst));
        ParsedBank bank = new BankWorkbookReader().read(RealBank.write(dir.resolve("bank.xlsx")), ImportOptions.DEFAULT).bank();
        long reviewed = bank.theoryItems().stream().filter(i -> i.review() != null).count()
                + bank.skillTasks().stream().filter(t -> t.review() != null).count();

        List<RoundView> rounds = tx.execute(s -> {
            importer.store(actor, inst, bank, (d, t) -> { });
            return paperReviews.record(actor, inst, bank);
        });

        assertThat(reviewed).isPositive();
        assertThat(rounds).singleElement().satisfies(r -> {
            assertThat(r.imported()).isTrue();
            assertThat(r.panel()).extracting(PanelMemberView::name).containsExactly("王明", "李强", "赵敏");
            assertThat(r.reviewDate()).isEqualTo(LocalDate.of(2024, 6, 18));
            assertThat(r.itemCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(reviewed);
            assertThat(sheets.verify(actor, r.id()).valid()).isTrue();
        });
        List<RoundView> again = tx.execute(s -> paperReviews.record(actor, inst, bank));
        assertThat(again).isEmpty();
    }
}
