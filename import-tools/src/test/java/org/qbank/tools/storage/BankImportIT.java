package org.qbank.tools.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.Institutions;
import org.qbank.bank.item.ItemCode;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.testsupport.StorageTest;
import org.qbank.tools.cli.ToolsApplication;
import org.qbank.tools.importing.BankExport;
import org.qbank.tools.importing.BankWorkbookReader;
import org.qbank.tools.importing.BankWorkbookWriter;
import org.qbank.tools.importing.ImportOptions;
import org.qbank.tools.importing.ParsedBank;
import org.qbank.tools.importing.TheoryItem;
import org.qbank.tools.testdata.RealBank;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@StorageTest
@SpringBootTest(classes = ToolsApplication.class)
class BankImportIT {

    @TempDir
    Path dir;

    @Autowired
    BankImporter importer;
    @Autowired
    BankExporter exporter;
    @Autowired
    ItemService items;
    @Autowired
    ItemCodeLookup lookup;
    @Autowired
    Institutions institutions;

    private final BankWorkbookReader reader = new BankWorkbookReader();

    private long institution() {
        String code = "I" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        return institutions.save(new Institution(code, "测试机构 " + code, Institution.Kind.TRAINING_ORG, null,
                Instant.parse("2026-01-01T00:00:00Z"))).getId();
    }

    private ParsedBank realBank() throws Exception {
        var outcome = reader.read(RealBank.write(dir.resolve("bank.xlsx")), ImportOptions.DEFAULT);
        assertThat(outcome.report().errors()).isEmpty();
        return outcome.bank();
    }

    @Test
    void aRealisticWorkbookIsStoredWithItsTreeItemsAndReviewedRows() throws Exception {
        long inst = institution();
        Actor actor = Actor.system("qbank-tools", Set.of(inst));
        ParsedBank bank = realBank();

        ImportSummary summary = importer.store(actor, inst, bank, (d, t) -> { });

        assertThat(summary.created()).isEqualTo(bank.theoryItems().size() + bank.skillTasks().size());
        assertThat(summary.skillTasks()).isEqualTo(2);
        ItemView judged = items.getByCode(actor, inst, ItemCode.of(bank.theoryItems().get(bank.theoryItems().size() - 1).code()));
        assertThat(judged.current().status()).isEqualTo(ItemStatus.APPROVED);
        assertThat(judged.current().changeNote()).contains("王明、李强、赵敏", "2024-06-18");
        ItemView task = items.getByCode(actor, inst, ItemCode.of("DG3-S001"));
        assertThat(task.latest().content().skill().rubric()).hasSize(4);
        assertThat(task.latest().content().skill().preparation()).hasSize(3);
    }

    @Test
    void reimportingKeepsIdenticalItemsAndVersionsChangedOnes() throws Exception {
        long inst = institution();
        Actor actor = Actor.system("qbank-tools", Set.of(inst));
        ParsedBank bank = realBank();
        importer.store(actor, inst, bank, (d, t) -> { });
        TheoryItem first = bank.theoryItems().get(0);
        TheoryItem changed = new TheoryItem(first.row(), first.code(), first.occupationCode(), first.workType(),
                first.level(), first.type(), first.pointCode(), first.stem() + "（修订）", first.options(), first.answer(),
                first.explanation(), first.difficulty(), first.score(), first.author(), first.source(),
                first.enemyGroup(), first.status(), first.review(), first.images());
        List<TheoryItem> again = new java.util.ArrayList<>(bank.theoryItems());
        again.set(0, changed);

        ImportSummary summary = importer.store(actor, inst, new ParsedBank(List.of(), again, bank.skillTasks()), (d, t) -> { });

        assertThat(summary.created()).isZero();
        assertThat(summary.newVersions()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(again.size() + bank.skillTasks().size() - 1);
        ItemView item = items.getByCode(actor, inst, ItemCode.of(first.code()));
        assertThat(item.latest().number()).isEqualTo(2);
        assertThat(item.latest().status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(item.latest().content().stem()).endsWith("（修订）");
    }

    @Test
    void anItemWhoseTreeIsMissingRejectsTheWholeImportAndStoresNothing() throws Exception {
        long inst = institution();
        Actor actor = Actor.system("qbank-tools", Set.of(inst));
        ParsedBank bank = realBank();
        TheoryItem orphan = bank.theoryItems().get(0);
        TheoryItem wrongPoint = new TheoryItem(99, "NOPE-1", orphan.occupationCode(), "", orphan.level(), orphan.type(),
                "Z-Z-999", orphan.stem() + "？", orphan.options(), orphan.answer(), "", null, null, "", "", "", "草稿", null, List.of());
        List<TheoryItem> withOrphan = new java.util.ArrayList<>(bank.theoryItems());
        withOrphan.add(wrongPoint);

        assertThatThrownBy(() -> importer.store(actor, inst, new ParsedBank(bank.knowledge(), withOrphan, bank.skillTasks()),
                (d, t) -> { }))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Z-Z-999");
        assertThat(lookup.ids(inst, null)).isEmpty();
    }

    @Test
    void exportThenImportIntoAnEmptyBankKeepsEveryContentHash() throws Exception {
        long source = institution();
        Actor a = Actor.system("qbank-tools", Set.of(source));
        importer.store(a, source, realBank(), (d, t) -> { });
        Path file = dir.resolve("export.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new BankWorkbookWriter().write(exporter.export(a, source, null), out, n -> { });
        }
        var outcome = reader.read(file, ImportOptions.DEFAULT);
        assertThat(outcome.report().errors()).isEmpty();
        long target = institution();
        Actor b = Actor.system("qbank-tools", Set.of(target));

        importer.store(b, target, outcome.bank(), (d, t) -> { });

        Map<String, String> before = hashes(a, source);
        Map<String, String> after = hashes(b, target);
        assertThat(before).hasSizeGreaterThan(300);
        assertThat(after).isEqualTo(before);
        BankExport second = exporter.export(b, target, null);
        assertThat(second.theoryItems()).filteredOn(i -> i.review() != null).hasSize(4);
    }

    private Map<String, String> hashes(Actor actor, long inst) {
        Map<String, String> m = new java.util.TreeMap<>();
        for (long id : lookup.ids(inst, null)) {
            ItemView v = items.get(actor, id);
            m.put(v.code().value(), v.latest().contentHash() + "/" + v.latest().status());
        }
        return m;
    }
}
