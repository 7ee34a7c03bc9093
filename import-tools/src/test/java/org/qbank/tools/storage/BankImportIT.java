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
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.Institutions;
import org.qbank.bank.item.ItemBulkReader;
import org.qbank.bank.item.ItemCode;
import org.qbank.bank.item.ItemFilter;
import org.qbank.bank.item.ItemRecord;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.search.SearchAdmin;
import org.qbank.bank.testsupport.StorageTest;
import org.qbank.tools.cli.ToolsApplication;
import org.qbank.tools.importing.BankExport;
import org.qbank.tools.importing.BankWorkbookReader;
import org.qbank.tools.importing.BankWorkbookWriter;
import org.qbank.tools.importing.BankZipWriter;
import org.qbank.tools.importing.DuplicateFindings;
import org.qbank.tools.importing.ImportOptions;
import org.qbank.tools.importing.ItemImage;
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
    ItemBulkReader bulk;
    @Autowired
    Institutions institutions;
    @Autowired
    DuplicateFinder finder;
    @Autowired
    SearchAdmin searchAdmin;
    @Autowired
    AuditLog audit;

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
        TheoryItem changed = with(first, first.pointCode(), first.stem() + "（修订）");
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
        assertThat(bulk.page(actor, inst, ItemFilter.all(), 0, 10)).isEmpty();
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

    @Test
    void aZipExportCarriesThePicturesAndImportsBackWithEveryHash() throws Exception {
        long source = institution();
        Actor a = Actor.system("qbank-tools", Set.of(source));
        ParsedBank bank = realBank();
        TheoryItem first = bank.theoryItems().get(0);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 7, 7, 7};
        List<TheoryItem> withPicture = new java.util.ArrayList<>(bank.theoryItems());
        withPicture.set(0, new TheoryItem(first.row(), first.code(), first.occupationCode(), first.workType(), first.level(),
                first.type(), first.pointCode(), first.stem(), first.options(), first.answer(), first.explanation(),
                first.difficulty(), first.score(), first.author(), first.source(), first.enemyGroup(), first.status(),
                first.review(), List.of(new ItemImage("电路图.png", "image/png", png))));
        importer.store(a, source, new ParsedBank(bank.knowledge(), withPicture, bank.skillTasks()), (d, t) -> { });
        Path zip = dir.resolve("export.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            new BankZipWriter().write(exporter.export(a, source, null), out, n -> { });
        }

        var outcome = reader.read(zip, ImportOptions.DEFAULT);

        assertThat(outcome.report().errors()).isEmpty();
        TheoryItem back = outcome.bank().theoryItems().stream().filter(i -> i.code().equals(first.code())).findFirst().orElseThrow();
        assertThat(back.images()).singleElement().satisfies(i -> assertThat(i.data()).isEqualTo(png));
        long target = institution();
        Actor b = Actor.system("qbank-tools", Set.of(target));
        importer.store(b, target, outcome.bank(), (d, t) -> { });
        assertThat(hashes(b, target)).isEqualTo(hashes(a, source));
    }

    @Test
    void reimportingAnotherKnowledgePointRefilesTheItemAndAuditsIt() throws Exception {
        long inst = institution();
        Actor actor = Actor.system("qbank-tools", Set.of(inst));
        ParsedBank bank = realBank();
        importer.store(actor, inst, bank, (d, t) -> { });
        TheoryItem first = bank.theoryItems().get(0);
        String otherPoint = bank.theoryItems().stream().map(TheoryItem::pointCode)
                .filter(p -> !p.equals(first.pointCode())).findFirst().orElseThrow();
        ItemView before = items.getByCode(actor, inst, ItemCode.of(first.code()));
        List<TheoryItem> again = new java.util.ArrayList<>(bank.theoryItems());
        again.set(0, with(first, otherPoint, first.stem() + "（改）"));

        ImportSummary summary = importer.store(actor, inst, new ParsedBank(List.of(), again, bank.skillTasks()), (d, t) -> { });

        assertThat(summary.reclassified()).isEqualTo(1);
        assertThat(summary.newVersions()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(again.size() + bank.skillTasks().size() - 1);
        ItemView after = items.getByCode(actor, inst, ItemCode.of(first.code()));
        assertThat(after.knowledgePointId()).isNotEqualTo(before.knowledgePointId());
        assertThat(after.latest().number()).isEqualTo(2);
        assertThat(audit.history(actor, inst, "item", String.valueOf(after.id()))).extracting(AuditRecord::action)
                .containsSubsequence("ITEM_RECLASSIFIED", "ITEM_EDITED");
    }

    @Test
    void reimportingAKnownCodeAsAnotherTypeIsRefusedAndChangesNothing() throws Exception {
        long inst = institution();
        Actor actor = Actor.system("qbank-tools", Set.of(inst));
        ParsedBank bank = realBank();
        importer.store(actor, inst, bank, (d, t) -> { });
        TheoryItem first = bank.theoryItems().get(0);
        TheoryItem second = bank.theoryItems().get(1);
        List<TheoryItem> again = new java.util.ArrayList<>(bank.theoryItems());
        assertThat(first.type()).isEqualTo(ItemType.SINGLE_CHOICE);
        again.set(0, new TheoryItem(first.row(), first.code(), first.occupationCode(), first.workType(), first.level(),
                ItemType.MULTIPLE_CHOICE, first.pointCode(), first.stem(), first.options(),
                "AB", first.explanation(), first.difficulty(), first.score(), first.author(), first.source(),
                first.enemyGroup(), first.status(), first.review(), first.images()));
        again.set(1, with(second, second.pointCode(), second.stem() + "（改）"));

        assertThatThrownBy(() -> importer.store(actor, inst, new ParsedBank(bank.knowledge(), again, bank.skillTasks()),
                (d, t) -> { }))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("试题 第" + first.row() + "行").hasMessageContaining("永久标识");
        assertThat(items.getByCode(actor, inst, ItemCode.of(second.code())).latest().number()).isEqualTo(1);
    }

    @Test
    void duplicatesOfTheBankAndInsideTheFileAreFindingsNotErrors() throws Exception {
        long inst = institution();
        Actor actor = Actor.system("qbank-tools", Set.of(inst));
        ParsedBank bank = realBank();
        importer.store(actor, inst, bank, (d, t) -> { });
        searchAdmin.reindex(actor, inst);
        TheoryItem a = bank.theoryItems().get(0);
        TheoryItem b = bank.theoryItems().get(5);
        TheoryItem copy = withCode(a, null, 900, a.stem());
        TheoryItem retyped = withCode(b, null, 901, b.stem().replace("，", ",") + "  ");
        TheoryItem fresh = withCode(a, "NEW-1", 902, "在三相四线制供电系统中，中性线的主要作用是保证负载相电压对称，此说法的依据是什么");
        TheoryItem freshAgain = withCode(fresh, "NEW-2", 903, fresh.stem() + "？");
        List<TheoryItem> upload = List.of(a, copy, retyped, fresh, freshAgain);
        var report = new org.qbank.tools.importing.ImportReport("f.xlsx", List.of(), 0, upload.size(), 0, "试题", "技能试题");

        var found = finder.find(actor, inst, new ParsedBank(List.of(), upload, List.of()), report);

        assertThat(found.indexedItems()).isGreaterThan(300);
        assertThat(found.pairs()).noneMatch(p -> p.row() == a.row());
        assertThat(found.pairs()).anyMatch(p -> p.row() == 900 && p.kind() == DuplicateFindings.Kind.EXACT
                && p.otherCode().equals(a.code()));
        assertThat(found.pairs()).anyMatch(p -> p.row() == 901 && p.place() == DuplicateFindings.Place.BANK
                && p.otherCode().equals(b.code()) && p.kind() != DuplicateFindings.Kind.EXACT);
        assertThat(found.pairs()).anyMatch(p -> p.row() == 903 && p.place() == DuplicateFindings.Place.FILE
                && p.otherRow() == 902);
        assertThat(found.warnings()).allMatch(w -> w.severity() == org.qbank.tools.importing.ImportProblem.Severity.WARNING)
                .anyMatch(w -> w.row() == 900 && w.reason().contains(a.code()));
        assertThat(found.counts()).containsKey("完全相同·题库");
    }

    private static TheoryItem with(TheoryItem i, String point, String stem) {
        return new TheoryItem(i.row(), i.code(), i.occupationCode(), i.workType(), i.level(), i.type(), point, stem,
                i.options(), i.answer(), i.explanation(), i.difficulty(), i.score(), i.author(), i.source(),
                i.enemyGroup(), i.status(), i.review(), i.images());
    }

    private static TheoryItem withCode(TheoryItem i, String code, int row, String stem) {
        return new TheoryItem(row, code, i.occupationCode(), i.workType(), i.level(), i.type(), i.pointCode(), stem,
                i.options(), i.answer(), i.explanation(), i.difficulty(), i.score(), i.author(), i.source(),
                i.enemyGroup(), "草稿", null, i.images());
    }

    private Map<String, String> hashes(Actor actor, long inst) {
        Map<String, String> m = new java.util.TreeMap<>();
        long after = 0;
        for (List<ItemRecord> page; !(page = bulk.page(actor, inst, ItemFilter.all(), after, 500)).isEmpty(); ) {
            after = page.get(page.size() - 1).item().id();
            page.forEach(r -> m.put(r.item().code().value(), r.item().latest().contentHash() + "/" + r.item().latest().status()));
        }
        return m;
    }
}
