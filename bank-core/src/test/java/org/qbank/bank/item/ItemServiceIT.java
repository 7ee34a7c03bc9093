package org.qbank.bank.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

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
import org.qbank.bank.image.ImageRef;
import org.qbank.bank.image.ImageStore;
import org.qbank.bank.knowledge.ImportKnowledgeTrees;
import org.qbank.bank.knowledge.KnowledgeRow;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.springframework.beans.factory.annotation.Autowired;

class ItemServiceIT extends ItemStorageBase {

    @Autowired
    AuditLog audit;
    @Autowired
    ImageStore images;
    @Autowired
    KnowledgeTreeService trees;

    @Test
    void creatingAnItemGivesADraftFirstVersionWithAGeneratedCode() {
        ItemView a = items.create(writer, data.single(institution, occupation, "安全电压是"));
        ItemView b = items.create(writer, data.single(institution, occupation, "我国安全电压额定值的等级是"));
        String prefix = occupation.getCode().value().replace("-", "") + "-3-T-";
        assertThat(a.code().value()).isEqualTo(prefix + "000001");
        assertThat(b.code().value()).isEqualTo(prefix + "000002");
        assertThat(a.latest().number()).isEqualTo(1);
        assertThat(a.latest().status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(a.current()).isNull();
        assertThat(a.author()).isEqualTo(writer.username());
        assertThat(items.get(writer, a.id()).latest().content()).isEqualTo(Contents.single("安全电压是"));
        assertThat(items.getByCode(writer, institution, a.code()).id()).isEqualTo(a.id());
    }

    @Test
    void aGivenCodeIsKeptAndATakenCodeIsAConflict() {
        CreateItem cmd = withCode(data.single(institution, occupation, "题一"), "DG-0001");
        assertThat(items.create(writer, cmd).code().value()).isEqualTo("DG-0001");
        assertThatThrownBy(() -> items.create(writer, withCode(data.single(institution, occupation, "题二"), "DG-0001")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("试题编码已存在: DG-0001");
    }

    @Test
    void invalidContentIsRefusedNamingTheFieldAndNothingIsStored() {
        CreateItem bad = ItemTestData.theory(institution, occupation, ItemType.MULTIPLE_CHOICE,
                Contents.single("只有一个答案的多选题"), data.point(institution, occupation));
        assertThatThrownBy(() -> items.create(writer, withCode(bad, "BAD-1")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(RuleViolationException.Violation::field).containsExactly("key"));
        assertThatThrownBy(() -> items.getByCode(writer, institution, ItemCode.of("BAD-1"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void editingWritesANewVersionAndKeepsTheHistory() {
        ItemView v1 = items.create(writer, data.single(institution, occupation, "安全电压是"));
        ItemView v2 = items.edit(writer, new EditItem(v1.id(), v1.lockVersion(), Contents.single("安全电压一般是"), "措辞"));
        assertThat(v2.latest().number()).isEqualTo(2);
        assertThat(v2.lockVersion()).isGreaterThan(v1.lockVersion());
        List<ItemVersionView> history = items.history(writer, v1.id());
        assertThat(history).extracting(ItemVersionView::number).containsExactly(1, 2);
        assertThat(history.get(0).content().stem()).isEqualTo("安全电压是");
        assertThat(history.get(1).changeNote()).isEqualTo("措辞");
        assertThat(items.diff(writer, v1.id(), 1, 2).changes())
                .containsExactly(new FieldChange("stem", "安全电压是", "安全电压一般是"));
    }

    @Test
    void editingWithIdenticalContentWritesNothing() {
        ItemView v1 = items.create(writer, data.single(institution, occupation, "安全电压是"));
        ItemView same = items.edit(writer, new EditItem(v1.id(), v1.lockVersion(), Contents.single(" 安全电压是 "), null));
        assertThat(same.latest().number()).isEqualTo(1);
        assertThat(same.lockVersion()).isEqualTo(v1.lockVersion());
    }

    @Test
    void anApprovedVersionStaysEligibleUntilANewerOneIsApproved() {
        ItemView item = approvedItem("安全电压是");
        ItemView edited = items.edit(writer, new EditItem(item.id(), item.lockVersion(), Contents.single("安全电压一般是"), null));
        assertThat(edited.current().number()).isEqualTo(1);
        assertThat(edited.current().status()).isEqualTo(ItemStatus.APPROVED);
        assertThat(edited.latest().status()).isEqualTo(ItemStatus.DRAFT);
        items.submit(writer, item.id(), 2);
        ItemView approved2 = items.approve(reviewer, new ReviewDecision(item.id(), 2, "通过"));
        assertThat(approved2.current().number()).isEqualTo(2);
        assertThat(items.history(writer, item.id())).extracting(ItemVersionView::status)
                .containsExactly(ItemStatus.RETIRED, ItemStatus.APPROVED);
    }

    @Test
    void anApprovedVersionCannotBeChangedByAnyPath() {
        ItemView item = approvedItem("安全电压是");
        ItemVersionView approved = item.current();
        assertThatThrownBy(() -> items.submit(writer, item.id(), 1)).isInstanceOf(IllegalStatusTransitionException.class);
        assertThatThrownBy(() -> items.approve(reviewer, new ReviewDecision(item.id(), 1, "再审")))
                .isInstanceOf(IllegalStatusTransitionException.class);
        assertThatThrownBy(() -> items.sendBack(reviewer, new ReviewDecision(item.id(), 1, "再改")))
                .hasMessage("试题版本状态不能从「已审定」变为「需修改」");
        ItemView edited = items.edit(writer, new EditItem(item.id(), item.lockVersion(), Contents.single("被改过的题干"), null));
        ItemVersionView after = items.history(writer, item.id()).get(0);
        assertThat(after.content()).isEqualTo(approved.content());
        assertThat(after.contentHash()).isEqualTo(approved.contentHash()).isEqualTo(ContentHash.of(after.content()));
        assertThat(after.status()).isEqualTo(ItemStatus.APPROVED);
        assertThat(edited.current().contentHash()).isEqualTo(approved.contentHash());
        // The read model is a record (no setters) and the store's only update moves the status.
        assertThat(ItemVersionView.class.isRecord()).isTrue();
        assertThat(java.util.Arrays.stream(ItemVersionStore.class.getDeclaredMethods()).map(java.lang.reflect.Method::getName)
                .filter(n -> n.startsWith("update") || n.startsWith("set") || n.startsWith("change") || n.startsWith("move")))
                .containsExactly("moveStatus");
    }

    @Test
    void sendingBackAndRejectingNeedAReasonAndEndTheVersion() {
        ItemView item = items.create(writer, data.single(institution, occupation, "题干"));
        items.submit(writer, item.id(), 1);
        assertThatThrownBy(() -> items.sendBack(reviewer, new ReviewDecision(item.id(), 1, " ")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("note");
        assertThat(items.sendBack(reviewer, new ReviewDecision(item.id(), 1, "选项不唯一")).latest().status()).isEqualTo(ItemStatus.REVISE);
        ItemView v2 = items.edit(writer, new EditItem(item.id(), items.get(writer, item.id()).lockVersion(), Contents.single("新题干"), "按意见修改"));
        items.submit(writer, item.id(), 2);
        assertThat(items.reject(reviewer, new ReviewDecision(item.id(), 2, "超纲")).latest().status()).isEqualTo(ItemStatus.REJECTED);
        assertThat(v2.latest().number()).isEqualTo(2);
    }

    @Test
    void aStaleEditIsAConflictAndLosesNothing() {
        ItemView v1 = items.create(writer, data.single(institution, occupation, "原题干"));
        items.edit(writer, new EditItem(v1.id(), v1.lockVersion(), Contents.single("甲的修改"), null));
        assertThatThrownBy(() -> items.edit(admin, new EditItem(v1.id(), v1.lockVersion(), Contents.single("乙的修改"), null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-version"))
                .hasMessageContaining("已被他人修改");
        assertThat(items.history(writer, v1.id())).extracting(v -> v.content().stem()).containsExactly("原题干", "甲的修改");
    }

    @Test
    void rolesAreEnforced() {
        Actor inspector = ItemTestData.actor(institution, Role.INSPECTOR);
        assertThatThrownBy(() -> items.create(inspector, data.single(institution, occupation, "题")))
                .isInstanceOf(AccessDeniedException.class);
        ItemView item = items.create(writer, data.single(institution, occupation, "题"));
        assertThat(items.get(inspector, item.id()).id()).isEqualTo(item.id());
        items.submit(writer, item.id(), 1);
        assertThatThrownBy(() -> items.approve(writer, new ReviewDecision(item.id(), 1, "自审")))
                .isInstanceOf(AccessDeniedException.class);
        Actor writingReviewer = new Actor(writer.userId(), writer.username(), java.util.Set.of(Role.REVIEWER, Role.ITEM_WRITER),
                java.util.Set.of(institution));
        assertThatThrownBy(() -> items.approve(writingReviewer, new ReviewDecision(item.id(), 1, "自审")))
                .hasMessage("命题人不能审定自己编写的试题版本");
        assertThatThrownBy(() -> items.retire(writer, item.id(), "停用")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherInstitutionSeesNothingOfTheItem() {
        ItemView item = items.create(writer, data.single(institution, occupation, "机密题"));
        long other = data.institution();
        Actor otherAdmin = ItemTestData.actor(other, Role.INSTITUTION_ADMIN, Role.ITEM_WRITER, Role.REVIEWER);
        assertThatThrownBy(() -> items.get(otherAdmin, item.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> items.history(otherAdmin, item.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> items.diff(otherAdmin, item.id(), 1, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> items.edit(otherAdmin, new EditItem(item.id(), item.lockVersion(), Contents.single("改"), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> items.submit(otherAdmin, item.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> items.getByCode(otherAdmin, institution, item.code())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> items.create(otherAdmin, data.single(institution, occupation, "越权")))
                .isInstanceOf(NotFoundException.class);
        assertThat(items.history(writer, item.id())).hasSize(1);
    }

    @Test
    void everyChangeIsAuditedWithVersionAndContentHashes() {
        ItemView item = approvedItem("安全电压是");
        ItemView edited = items.edit(writer, new EditItem(item.id(), item.lockVersion(), Contents.single("安全电压一般是"), "措辞"));
        items.retire(admin, item.id(), "教材更新");
        List<AuditRecord> entries = audit.history(admin, institution, "item", String.valueOf(item.id()));
        assertThat(entries).extracting(AuditRecord::action)
                .containsExactly("ITEM_CREATED", "ITEM_SUBMITTED", "ITEM_APPROVED", "ITEM_EDITED", "ITEM_RETIRED");
        AuditRecord edit = entries.get(3);
        assertThat(edit.entityVersion()).isEqualTo(2);
        assertThat(edit.beforeHash()).isEqualTo(item.current().contentHash());
        assertThat(edit.afterHash()).isEqualTo(edited.latest().contentHash());
        assertThat(entries.get(0).beforeHash()).isNull();
        assertThat(audit.verify(institution, null).intact()).isTrue();
        assertThat(items.get(admin, item.id()).retired()).isTrue();
        assertThat(items.history(admin, item.id()).get(0).status()).isEqualTo(ItemStatus.RETIRED);
        assertThatThrownBy(() -> items.edit(writer, new EditItem(item.id(), items.get(admin, item.id()).lockVersion(),
                Contents.single("停用后修改"), null))).hasMessageContaining("已停用");
    }

    @Test
    void aRolledBackChangeLeavesNoAuditEntryAndNoVersion() {
        ItemView item = items.create(writer, data.single(institution, occupation, "原题干"));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            items.edit(writer, new EditItem(item.id(), item.lockVersion(), Contents.single("回滚的修改"), null));
            throw new IllegalStateException("调用方失败");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(audit.history(admin, institution, "item", String.valueOf(item.id()))).extracting(AuditRecord::action)
                .containsExactly("ITEM_CREATED");
        assertThat(items.history(writer, item.id())).hasSize(1);
    }

    @Test
    void imagesAreStoredOnceAndBelongToTheVersionContent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        ImageRef ref = images.put(png, "image/png");
        assertThat(images.put(png.clone(), "image/png")).isEqualTo(ref);
        ItemContent withImage = Contents.single("如图所示电路").withStemImages(List.of(ref.hash()));
        ItemView item = items.create(writer, ItemTestData.theory(institution, occupation, ItemType.SINGLE_CHOICE, withImage,
                data.point(institution, occupation)));
        assertThat(item.latest().content().stemImages()).containsExactly(ref.hash());
        assertThat(item.latest().contentHash()).isNotEqualTo(ContentHash.of(Contents.single("如图所示电路")));
        assertThat(images.get(ref.hash()).orElseThrow().bytes()).isEqualTo(png);
        ItemContent missing = Contents.single("如图").withStemImages(List.of("0".repeat(64)));
        assertThatThrownBy(() -> items.create(writer, ItemTestData.theory(institution, occupation, ItemType.SINGLE_CHOICE, missing,
                data.point(institution, occupation))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("引用的图片不存在");
    }

    @Test
    void aSkillTaskRoundTripsWithRubricAndPreparationList() {
        CreateItem cmd = new CreateItem(institution, null, occupation.getId(), null, Level.FOUR, Subject.SKILL,
                ItemType.SKILL_TASK, data.point(institution, occupation, Level.FOUR, Subject.SKILL, 0), "张工", "自建", "接线-1", Contents.skill(), null);
        ItemView item = items.create(writer, cmd);
        assertThat(item.code().value()).endsWith("-4-S-000001");
        ItemVersionView stored = items.get(writer, item.id()).latest();
        assertThat(stored.content()).isEqualTo(Contents.skill());
        assertThat(stored.contentHash()).isEqualTo(ContentHash.of(Contents.skill()));
        assertThat(item.enemyGroup()).isEqualTo("接线-1");
        assertThat(item.author()).isEqualTo("张工");
    }

    @Test
    void aTheoryTypeUnderTheSkillSubjectIsRefused() {
        CreateItem cmd = new CreateItem(institution, null, occupation.getId(), null, Level.FOUR, Subject.SKILL,
                ItemType.SINGLE_CHOICE, data.point(institution, occupation, Level.FOUR, Subject.SKILL, 0), null, null, null,
                Contents.single("题"), null);
        assertThatThrownBy(() -> items.create(writer, cmd)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.violations()).extracting(RuleViolationException.Violation::field).containsExactly("type"));
    }

    @Test
    void reclassifyingRefilesTheItemWithoutANewVersion() {
        ItemView item = approvedItem("安全电压是");
        long from = item.knowledgePointId();
        long to = data.point(institution, occupation, Level.THREE, Subject.THEORY, 1);
        ItemView moved = items.reclassify(writer, new Reclassify(item.id(), item.lockVersion(), to, "电压-1", "市级题库"));
        assertThat(moved.knowledgePointId()).isEqualTo(to);
        assertThat(moved.enemyGroup()).isEqualTo("电压-1");
        assertThat(moved.source()).isEqualTo("市级题库");
        assertThat(moved.latest().number()).isEqualTo(1);
        assertThat(moved.current().contentHash()).isEqualTo(item.current().contentHash());
        assertThat(audit.history(admin, institution, "item", String.valueOf(item.id())))
                .last().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("ITEM_RECLASSIFIED");
                    assertThat(e.detail()).contains("鉴定点 " + from + " → " + to);
                });
        assertThatThrownBy(() -> items.reclassify(writer, new Reclassify(item.id(), item.lockVersion(),
                data.point(institution, occupation, Level.THREE, Subject.THEORY, 2), null, null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-version"));
        assertThat(items.reclassify(writer, new Reclassify(item.id(), moved.lockVersion(), to, "电压-1", "市级题库")).lockVersion())
                .isEqualTo(moved.lockVersion());
    }

    @Test
    void anItemIsFiledOnlyUnderAnExistingKnowledgePointOfItsOwnTree() {
        long fourthLevel = data.point(institution, occupation, Level.FOUR, Subject.THEORY, 3);
        long skill = data.point(institution, occupation, Level.THREE, Subject.SKILL, 0);
        long otherOccupation = data.point(institution, data.occupation());
        long otherInstitution = data.point(data.institution(), occupation);

        assertInvalidPoint(() -> items.create(writer, point(Long.MAX_VALUE)), "鉴定点不存在: " + Long.MAX_VALUE);
        assertInvalidPoint(() -> items.create(writer, point(fourthLevel)), "鉴定点 A-004 属于另一份细目表 (等级 四级/三级不符)");
        assertInvalidPoint(() -> items.create(writer, point(skill)), "科目 操作技能/理论知识");
        assertInvalidPoint(() -> items.create(writer, point(otherOccupation)), "(职业不符)");
        // another institution's 细目表 is not found, its codes are not shown
        assertInvalidPoint(() -> items.create(writer, point(otherInstitution)), "鉴定点不存在: " + otherInstitution);
        assertThat(items.create(writer, point(data.point(institution, occupation))).knowledgePointId())
                .isEqualTo(data.point(institution, occupation));
    }

    @Test
    void aKnowledgePointRetiredFromItsTableTakesNoNewItemsButKeepsItsOwn() {
        long kept = data.point(institution, occupation, Level.FIVE, Subject.THEORY, 0);
        long leaving = data.point(institution, occupation, Level.FIVE, Subject.THEORY, 1);
        ItemView filed = items.create(writer, new CreateItem(institution, null, occupation.getId(), null, Level.FIVE,
                Subject.THEORY, ItemType.SINGLE_CHOICE, leaving, null, "自建", null, Contents.single("题"), null));
        String code = occupation.getCode().value();
        trees.importTrees(admin, ImportKnowledgeTrees.of(institution, List.of(
                new KnowledgeRow(code, null, null, "五级", "理论知识", "A", "基础知识", new java.math.BigDecimal("100"), null),
                new KnowledgeRow(code, null, null, "五级", "理论知识", "A-001", "鉴定点 1", null, "X"))));

        CreateItem another = new CreateItem(institution, null, occupation.getId(), null, Level.FIVE, Subject.THEORY,
                ItemType.SINGLE_CHOICE, leaving, null, "自建", null, Contents.single("新题"), null);
        assertInvalidPoint(() -> items.create(writer, another), "鉴定点 A-002 已从细目表中移除");
        ItemView refiled = items.reclassify(writer, new Reclassify(filed.id(), filed.lockVersion(), leaving, null, "市级题库"));
        assertThat(refiled.knowledgePointId()).isEqualTo(leaving);
        assertThat(refiled.source()).isEqualTo("市级题库");
        assertThat(items.reclassify(writer, new Reclassify(filed.id(), refiled.lockVersion(), kept, null, null))
                .knowledgePointId()).isEqualTo(kept);
    }

    @Test
    void reclassifyingToAKnowledgePointOfAnotherTreeIsRefusedAndChangesNothing() {
        ItemView item = approvedItem("安全电压是");
        long fourthLevel = data.point(institution, occupation, Level.FOUR, Subject.THEORY, 0);
        assertInvalidPoint(() -> items.reclassify(writer, new Reclassify(item.id(), item.lockVersion(), fourthLevel, null, null)),
                "等级 四级/三级");
        assertInvalidPoint(() -> items.reclassify(writer, new Reclassify(item.id(), item.lockVersion(), Long.MAX_VALUE, null, null)),
                "鉴定点不存在");
        ItemView after = items.get(writer, item.id());
        assertThat(after.knowledgePointId()).isEqualTo(item.knowledgePointId());
        assertThat(after.lockVersion()).isEqualTo(item.lockVersion());
    }

    private CreateItem point(long knowledgePoint) {
        return ItemTestData.theory(institution, occupation, ItemType.SINGLE_CHOICE, Contents.single("题"), knowledgePoint);
    }

    private static void assertInvalidPoint(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidKnowledgePointException.class, e -> {
            assertThat(e.code()).isEqualTo("invalid-knowledge-point");
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("knowledgePointId");
                assertThat(v.message()).contains(message);
            });
        });
    }

    private ItemView approvedItem(String stem) {
        ItemView item = items.create(writer, data.single(institution, occupation, stem));
        items.submit(writer, item.id(), 1);
        return items.approve(reviewer, new ReviewDecision(item.id(), 1, "通过"));
    }

    private static CreateItem withCode(CreateItem c, String code) {
        return new CreateItem(c.institutionId(), code, c.occupationId(), c.workTypeId(), c.level(), c.subject(), c.type(),
                c.knowledgePointId(), c.author(), c.source(), c.enemyGroup(), c.content(), c.changeNote());
    }
}
