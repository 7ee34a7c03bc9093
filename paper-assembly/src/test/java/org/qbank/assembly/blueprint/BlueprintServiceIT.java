package org.qbank.assembly.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.testsupport.AssemblyTestApplication;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@StorageTest
@SpringBootTest(classes = AssemblyTestApplication.class)
class BlueprintServiceIT {

    private static final BlueprintTree TREE = new BlueprintTree(List.of(
            TreeNode.range("A", "基础知识", new BigDecimal("60")), TreeNode.point("A-001", "安全用电", Importance.X),
            TreeNode.range("B", "专业知识", new BigDecimal("40")), TreeNode.point("B-001", "电工测量", Importance.Y)));

    @Autowired
    BlueprintService service;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    long institution;
    Actor admin;

    @BeforeEach
    void anInstitutionWithItsAuditChain() {
        institution = institution();
        admin = new Actor(1, "examadmin", Set.of(Role.EXAM_ADMIN), Set.of(institution));
    }

    private long institution() {
        String code = "BP" + System.nanoTime();
        jdbc.sql("INSERT INTO institution (code, name, kind, created_at, version) VALUES (?, ?, 'SOCIAL', CURRENT_TIMESTAMP, 0)")
                .params(code, "方案测试机构 " + code).update();
        long id = jdbc.sql("SELECT id FROM institution WHERE code = ?").param(code).query(Long.class).single();
        tx.executeWithoutResult(s -> audit.openChain(id));
        return id;
    }

    private static Blueprint blueprint(String name, String pointsEach) {
        return blueprint(name, 40, pointsEach);
    }

    private static Blueprint blueprint(String name, int singleChoices, String pointsEach) {
        return new Blueprint(name, "6-31-01-03", null, Level.THREE, Subject.THEORY,
                List.of(new Section(ItemType.TRUE_FALSE, 20, new BigDecimal("1")),
                        new Section(ItemType.SINGLE_CHOICE, singleChoices, new BigDecimal(pointsEach))),
                new BigDecimal("100"), 90, Distribution.byKnowledgePoint(1).withPerPointCap(2),
                DifficultyTarget.of("3", "0.5"), ExposurePolicy.defaults().withMaxEarlierOverlap("0.25"), List.of());
    }

    @Test
    void optionShufflingIsOffByDefaultAndKeptWhenChosen() {
        assertThat(service.get(admin, service.save(admin, institution, blueprint("不打乱", "2"), TREE).id())
                .blueprint().shuffleOptions()).isFalse();
        assertThat(service.get(admin, service.save(admin, institution, blueprint("打乱选项", "2").withShuffleOptions(true),
                TREE).id()).blueprint().shuffleOptions()).isTrue();
    }

    @Test
    void aSavedBlueprintReadsBackAsItWasSaved() {
        Blueprint b = blueprint("电工三级理论", "2");
        SavedBlueprint saved = service.save(admin, institution, b, TREE);

        SavedBlueprint read = service.get(admin, saved.id());
        assertThat(read.blueprint().sections()).extracting(Section::type, Section::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ItemType.TRUE_FALSE, 20),
                        org.assertj.core.groups.Tuple.tuple(ItemType.SINGLE_CHOICE, 40));
        assertThat(read.blueprint().sections().get(1).pointsEach()).isEqualByComparingTo("2");
        assertThat(read.blueprint().distribution()).isEqualTo(Distribution.byKnowledgePoint(1).withPerPointCap(2));
        assertThat(read.blueprint().difficulty().mean()).isEqualByComparingTo("3");
        assertThat(read.blueprint().exposure().maxEarlierOverlap()).isEqualByComparingTo("0.25");
        assertThat(read.blueprint().level()).isEqualTo(Level.THREE);
        assertThat(read.createdBy()).isEqualTo("examadmin");
        assertThat(service.list(admin, institution)).extracting(SavedBlueprint::id).containsExactly(saved.id());
    }

    @Test
    void aBlueprintWhosePointsDoNotAddUpIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> service.save(admin, institution, blueprint("错误方案", "3"), TREE))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations())
                        .anyMatch(v -> v.field().equals("totalPoints")));
        assertThat(service.list(admin, institution)).isEmpty();
    }

    @Test
    void aNameIsUsedOncePerInstitution() {
        service.save(admin, institution, blueprint("同名方案", "2"), TREE);
        assertThatThrownBy(() -> service.save(admin, institution, blueprint("同名方案", "2"), TREE))
                .isInstanceOf(ConflictException.class);
        long other = institution();
        Actor otherAdmin = new Actor(2, "other", Set.of(Role.EXAM_ADMIN), Set.of(other));
        assertThat(service.save(otherAdmin, other, blueprint("同名方案", "2"), TREE).institutionId()).isEqualTo(other);
    }

    @Test
    void anotherInstitutionsBlueprintIsNotFoundAndWritersCannotSave() {
        SavedBlueprint saved = service.save(admin, institution, blueprint("本机构方案", "2"), TREE);
        Actor stranger = new Actor(3, "stranger", Set.of(Role.EXAM_ADMIN), Set.of(institution()));
        assertThatThrownBy(() -> service.get(stranger, saved.id())).isInstanceOf(NotFoundException.class);
        Actor writer = new Actor(4, "writer", Set.of(Role.ITEM_WRITER), Set.of(institution));
        assertThatThrownBy(() -> service.save(writer, institution, blueprint("命题人方案", "2"), TREE))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** A paper assembled under the blueprint's name, as the paper table records it. */
    private void paperUnder(String blueprintName) {
        jdbc.sql("""
                INSERT INTO paper (institution_id, occupation_code, work_type, level_number, subject, blueprint_name,
                  status, fingerprint, item_count, max_earlier_overlap, look_back_months, created_at, version)
                VALUES (?, '6-31-01-03', '', 3, 'THEORY', ?, 'ISSUED', ?, 60, 0.25, 24, CURRENT_TIMESTAMP, 0)""")
                .params(institution, blueprintName, String.format("%064x", System.nanoTime())).update();
    }

    // Editing a saved blueprint: in place while no paper used it, as a new blueprint once one did.

    @Test
    void aBlueprintNoPaperUsedIsChangedInPlaceAndAStaleEditorIsRefused() {
        SavedBlueprint saved = service.save(admin, institution, blueprint("电工三级理论", 40, "2"), TREE);
        assertThat(service.papersUsing(admin, saved.id())).isZero();

        BlueprintService.Revision r = service.revise(admin, saved.id(), blueprint("电工三级理论 (春季)", 20, "4"), TREE,
                saved.updatedAt());
        assertThat(r.copied()).isFalse();
        assertThat(r.saved().id()).isEqualTo(saved.id());
        SavedBlueprint read = service.get(admin, saved.id());
        assertThat(read.blueprint().name()).isEqualTo("电工三级理论 (春季)");
        assertThat(read.blueprint().sections()).extracting(Section::count).containsExactly(20, 20);
        assertThat(read.blueprint().sections().get(1).pointsEach()).isEqualByComparingTo("4");
        assertThat(service.list(admin, institution)).hasSize(1);
        assertThat(audit.recent(admin, institution, 1).get(0).action()).isEqualTo("BLUEPRINT_REVISED");

        // The editor that read the first version is refused, and nothing changes.
        Instant stale = saved.updatedAt().minusSeconds(5);
        assertThatThrownBy(() -> service.revise(admin, saved.id(), blueprint("电工三级理论", 40, "2"), TREE, stale))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
        assertThat(service.get(admin, saved.id()).blueprint().name()).isEqualTo("电工三级理论 (春季)");
        // An invalid edit names its field and changes nothing.
        assertThatThrownBy(() -> service.revise(admin, saved.id(), blueprint("电工三级理论 (春季)", 40, "3"), TREE,
                read.updatedAt())).isInstanceOf(RuleViolationException.class);
        assertThat(service.get(admin, saved.id()).blueprint().sections()).extracting(Section::count).containsExactly(20, 20);
    }

    @Test
    void aBlueprintPapersWereDrawnUnderIsCopiedAsANewOneUnderANewName() {
        SavedBlueprint used = service.save(admin, institution, blueprint("电工三级理论 2026 春", 40, "2"), TREE);
        paperUnder("电工三级理论 2026 春");
        assertThat(service.papersUsing(admin, used.id())).isEqualTo(1);

        assertThatThrownBy(() -> service.revise(admin, used.id(), blueprint("电工三级理论 2026 春", 20, "4"), TREE,
                used.updatedAt()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("name");
                            assertThat(v.message()).contains("已用于 1 份试卷").contains("另存为新方案");
                        }));

        BlueprintService.Revision r = service.revise(admin, used.id(), blueprint("电工三级理论 2026 秋", 20, "4"), TREE,
                used.updatedAt());
        assertThat(r.copied()).isTrue();
        assertThat(r.saved().id()).isNotEqualTo(used.id());
        assertThat(r.originalId()).isEqualTo(used.id());
        assertThat(service.get(admin, used.id()).blueprint().sections()).extracting(Section::count).containsExactly(20, 40);
        assertThat(service.get(admin, r.saved().id()).blueprint().sections()).extracting(Section::count).containsExactly(20, 20);
        assertThat(audit.recent(admin, institution, 1).get(0).action()).isEqualTo("BLUEPRINT_COPIED");
        assertThat(audit.recent(admin, institution, 1).get(0).detail()).contains("电工三级理论 2026 春");

        Actor inspector = new Actor(2, "inspector", Set.of(Role.INSPECTOR), Set.of(institution));
        assertThatThrownBy(() -> service.revise(inspector, used.id(), blueprint("再改", 20, "4"), TREE, used.updatedAt()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
