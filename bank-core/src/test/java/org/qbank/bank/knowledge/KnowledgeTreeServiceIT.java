package org.qbank.bank.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.Institutions;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
class KnowledgeTreeServiceIT {

    @Autowired
    KnowledgeTreeService service;
    @Autowired
    Institutions institutions;
    @Autowired
    OccupationService occupations;
    @Autowired
    AuditLog audit;

    long institution;
    Actor admin;

    @BeforeEach
    void institution() {
        institution = newInstitution();
        admin = new Actor(11, "admin", Set.of(Role.INSTITUTION_ADMIN), Set.of(institution));
    }

    @Test
    void theRealWelderTableIsStoredAndReadBack() {
        List<KnowledgeImportResult> results = service.importTrees(admin,
                ImportKnowledgeTrees.of(institution, RealTables.rows(RealTables.WELDER)));
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.added()).isEqualTo(342);
            assertThat(r.revision()).isEqualTo(1);
            assertThat(r.level()).isEqualTo(Level.THREE);
            assertThat(r.validation().warnings()).isNotEmpty();
        });
        long treeId = results.get(0).treeId();

        KnowledgeTreeView tree = service.get(admin, treeId);
        assertThat(tree.occupationCode()).isEqualTo("6-18-02-04");
        assertThat(tree.occupationName()).isEqualTo("焊工");
        assertThat(tree.subject()).isEqualTo(Subject.THEORY);
        assertThat(tree.pointCount()).isEqualTo(314);
        assertThat(tree.roots()).extracting(KnowledgeNodeView::displayCode).startsWith("A", "B");
        assertThat(tree.roots().stream().map(KnowledgeNodeView::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");

        KnowledgePointPath first = tree.points().get(0);
        assertThat(first.point().displayCode()).isEqualTo("A-A-A-001");
        assertThat(first.point().name()).isEqualTo("职业道德基本观念");
        assertThat(first.point().importance()).isEqualTo(Importance.X);
        assertThat(first.point().code().segments()).containsExactly("A", "A", "A", "001");
        assertThat(first.ancestors()).extracting(KnowledgeNodeView::displayCode).containsExactly("A", "A-A", "A-A-A");
        assertThat(first.point().parentId()).isEqualTo(first.ancestors().get(2).id());

        KnowledgeNodeView ethics = service.node(admin, treeId, "a-a-b");
        assertThat(ethics.weight()).isEqualByComparingTo("1");
        assertThat(ethics.depth()).isEqualTo(3);
        assertThat(service.leavesUnder(admin, treeId, "A-A")).extracting(KnowledgeNodeView::displayCode)
                .containsExactly("A-A-A-001", "A-A-A-002", "A-A-A-003", "A-A-A-004",
                        "A-A-B-001", "A-A-B-002", "A-A-B-003", "A-A-B-004", "A-A-B-005");
        assertThat(service.find(admin, institution, "6-18-02-04", null, Level.THREE, Subject.THEORY))
                .map(KnowledgeTreeView::id).contains(treeId);
        assertThat(service.list(admin, institution)).singleElement()
                .satisfies(s -> assertThat(s.pointCount()).isEqualTo(314));
        assertThat(audit.history(admin, institution, "knowledge_tree", String.valueOf(treeId)))
                .extracting(AuditRecord::action).containsExactly("KNOWLEDGE_TREE_CREATED");
    }

    @Test
    void aTreeExportedAsRowsReimportsUnchanged() {
        List<KnowledgeRow> digits = List.of(
                new KnowledgeRow("6-31-01-03", "电工", null, "四级", "理论知识", "1", "职业道德", new BigDecimal("40"), null),
                new KnowledgeRow("6-31-01-03", "电工", null, "四级", "理论知识", "101", "道德观念", null, "X"),
                new KnowledgeRow("6-31-01-03", "电工", null, "四级", "理论知识", "2", "专业知识", new BigDecimal("60"), null),
                new KnowledgeRow("6-31-01-03", "电工", null, "四级", "理论知识", "0305", "电路", null, "Y", "2"));
        long treeId = service.importTrees(admin, ImportKnowledgeTrees.of(institution, digits)).get(0).treeId();
        KnowledgeTreeView tree = service.get(admin, treeId);
        assertThat(tree.node("0305")).get().satisfies(n -> assertThat(n.code().segments()).containsExactly("2", "0305"));

        List<KnowledgeRow> exported = tree.toRows();
        assertThat(exported).extracting(KnowledgeRow::code).containsExactly("1", "101", "2", "0305");
        assertThat(exported.get(3).parentCode()).isEqualTo("2");
        assertThat(exported.get(0).level()).isEqualTo("四级");

        KnowledgeImportResult again = service.importTrees(admin, ImportKnowledgeTrees.of(institution, exported)).get(0);
        assertThat(again.treeId()).isEqualTo(treeId);
        assertThat(again.revision()).isEqualTo(1);
        assertThat(again.changed() + again.added() + again.retired()).isZero();
    }

    @Test
    void aReimportUpdatesNodesInPlaceAndRetiresCodesThatLeft() {
        String occupation = newOccupationCode();
        long treeId = service.importTrees(admin, ImportKnowledgeTrees.of(institution, table(occupation, false)))
                .get(0).treeId();
        long idOfAA001 = service.node(admin, treeId, "A-A-001").id();

        KnowledgeImportResult second = service.importTrees(admin,
                ImportKnowledgeTrees.of(institution, table(occupation, true))).get(0);

        assertThat(second.treeId()).isEqualTo(treeId);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.changed()).isEqualTo(1);
        assertThat(second.retired()).isEqualTo(1);
        assertThat(second.added()).isZero();
        KnowledgeTreeView tree = service.get(admin, treeId);
        assertThat(tree.node("A-A-001")).get().satisfies(n -> {
            assertThat(n.id()).isEqualTo(idOfAA001);
            assertThat(n.name()).isEqualTo("直流电路 (修订)");
        });
        assertThat(tree.node("A-A-002")).isEmpty();
        assertThatThrownBy(() -> service.node(admin, treeId, "A-A-002")).isInstanceOf(NotFoundException.class);

        KnowledgeImportResult same = service.importTrees(admin,
                ImportKnowledgeTrees.of(institution, table(occupation, true))).get(0);
        assertThat(same.revision()).isEqualTo(2);
        assertThat(audit.history(admin, institution, "knowledge_tree", String.valueOf(treeId)))
                .extracting(AuditRecord::action, AuditRecord::entityVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KNOWLEDGE_TREE_CREATED", 1),
                        org.assertj.core.groups.Tuple.tuple("KNOWLEDGE_TREE_REPLACED", 2));
    }

    @Test
    void aTableWithAnyErrorStoresNothingAndListsEveryError() {
        String occupation = newOccupationCode();
        List<KnowledgeRow> rows = new ArrayList<>(table(occupation, false));
        rows.set(1, new KnowledgeRow(occupation, "新职业", null, "三级", "理论知识", "A-A", "电路", new BigDecimal("30"), null));
        rows.add(new KnowledgeRow(occupation, "新职业", null, "九级", "理论知识", "B-A-009", "x", null, "X"));

        assertThatThrownBy(() -> service.importTrees(admin, ImportKnowledgeTrees.of(institution, rows)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolationException.Violation::message)
                        .contains("A 的下级比重合计 30, 应为 20").anyMatch(m -> m.startsWith("等级无效: 九级")));
        assertThat(service.list(admin, institution)).isEmpty();
        assertThat(occupations.find(OccupationCode.of(occupation))).isEmpty();
    }

    @Test
    void anotherInstitutionNeitherReadsNorWritesTheTree() {
        long treeId = service.importTrees(admin, ImportKnowledgeTrees.of(institution, table(newOccupationCode(), false)))
                .get(0).treeId();
        long other = newInstitution();
        Actor stranger = new Actor(12, "stranger", Set.of(Role.INSTITUTION_ADMIN), Set.of(other));

        assertThatThrownBy(() -> service.get(stranger, treeId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.list(stranger, institution)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.importTrees(stranger, ImportKnowledgeTrees.of(institution,
                table(newOccupationCode(), false)))).isInstanceOf(NotFoundException.class);
        assertThat(service.list(stranger, other)).isEmpty();
    }

    @Test
    void readersReadButCannotImport() {
        String occupation = newOccupationCode();
        long treeId = service.importTrees(admin, ImportKnowledgeTrees.of(institution, table(occupation, false)))
                .get(0).treeId();
        Actor writer = new Actor(13, "writer", Set.of(Role.ITEM_WRITER), Set.of(institution));

        assertThat(service.get(writer, treeId).pointCount()).isEqualTo(4);
        assertThatThrownBy(() -> service.importTrees(writer, ImportKnowledgeTrees.of(institution,
                table(occupation, true)))).isInstanceOf(AccessDeniedException.class);
        assertThat(service.get(admin, treeId).revision()).isEqualTo(1);
    }

    @Test
    void aStaleExpectedVersionIsAConflictAndChangesNothing() {
        String occupation = newOccupationCode();
        KnowledgeImportResult first = service.importTrees(admin,
                ImportKnowledgeTrees.of(institution, table(occupation, false))).get(0);
        long version = service.get(admin, first.treeId()).version();
        service.importTrees(admin, new ImportKnowledgeTrees(institution, table(occupation, true), false, version));

        assertThatThrownBy(() -> service.importTrees(admin,
                new ImportKnowledgeTrees(institution, table(occupation, false), false, version)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
        assertThat(service.get(admin, first.treeId()).node("A-A-002")).isEmpty();
    }

    @Test
    void aWorkTypeHasItsOwnTreeAndADryRunStoresNothing() {
        String occupation = newOccupationCode();
        service.importTrees(admin, ImportKnowledgeTrees.of(institution, table(occupation, false)));
        List<KnowledgeRow> welding = table(occupation, false).stream().map(r -> new KnowledgeRow(r.occupationCode(),
                r.occupationName(), "气焊工", r.level(), r.subject(), r.code(), r.name(), r.weight(),
                r.importance())).toList();

        List<KnowledgeImportResult> dry = service.importTrees(admin,
                new ImportKnowledgeTrees(institution, welding, true, null));
        assertThat(dry).singleElement().satisfies(r -> assertThat(r.treeId()).isNull());
        assertThat(service.list(admin, institution)).hasSize(1);

        service.importTrees(admin, ImportKnowledgeTrees.of(institution, welding));
        assertThat(service.list(admin, institution)).extracting(KnowledgeTreeSummary::workType)
                .containsExactlyInAnyOrder(null, "气焊工");
        assertThat(service.find(admin, institution, occupation, "气焊工", Level.THREE, Subject.THEORY)).isPresent();
        assertThat(service.find(admin, institution, occupation, "电焊工", Level.THREE, Subject.THEORY)).isEmpty();
        assertThat(service.findApplicable(admin, institution, occupation, "电焊工", Level.THREE, Subject.THEORY))
                .get().satisfies(t -> assertThat(t.workType()).isNull());
        assertThat(service.findApplicable(admin, institution, occupation, "气焊工", Level.THREE, Subject.THEORY))
                .get().satisfies(t -> assertThat(t.workType()).isEqualTo("气焊工"));
    }

    /** A 20 (A-A 20: 001, 002), B 80 (B-A 80: 001, 002); revised: A-A-001 renamed, A-A-002 dropped. */
    private static List<KnowledgeRow> table(String occupation, boolean revised) {
        List<KnowledgeRow> rows = new ArrayList<>();
        rows.add(row(occupation, "A", "基础知识", "20", null));
        rows.add(row(occupation, "A-A", "电路", "20", null));
        rows.add(row(occupation, "A-A-001", revised ? "直流电路 (修订)" : "直流电路", null, "X"));
        if (!revised) {
            rows.add(row(occupation, "A-A-002", "交流电路", null, "X"));
        }
        rows.add(row(occupation, "B", "专业知识", "80", null));
        rows.add(row(occupation, "B-A", "安全", "80", null));
        rows.add(row(occupation, "B-A-001", "安全用电", null, "X"));
        rows.add(row(occupation, "B-A-002", "触电急救", null, "Y"));
        return rows;
    }

    private static KnowledgeRow row(String occupation, String code, String name, String weight, String importance) {
        return new KnowledgeRow(occupation, "测试职业", null, "三级", "理论知识", code, name,
                weight == null ? null : new BigDecimal(weight), importance);
    }

    private static String newOccupationCode() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("9-%02d-%02d-%02d", r.nextInt(100), r.nextInt(100), r.nextInt(100));
    }

    private long newInstitution() {
        String code = "KT" + System.nanoTime();
        return institutions.save(new Institution(code, "机构 " + code, Institution.Kind.TRAINING_ORG, "长春",
                Instant.parse("2026-01-01T00:00:00Z"))).getId();
    }
}
