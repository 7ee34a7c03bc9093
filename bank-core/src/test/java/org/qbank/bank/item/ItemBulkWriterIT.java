package org.qbank.bank.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
class ItemBulkWriterIT {

    private static final Instant AT = Instant.parse("2026-02-01T02:00:00Z");

    @Autowired
    ItemBulkWriter writer;
    @Autowired
    ItemService items;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    AuditLog audit;
    @Autowired
    ItemTestData data;

    @Test
    void bulkWrittenItemsReadBackLikeCreatedOnesAndAreAudited() {
        long institution = data.institution();
        Occupation occupation = data.occupation();
        Actor admin = ItemTestData.actor(institution, Role.INSTITUTION_ADMIN);
        BulkItem approvedAfterEdit = bulk(institution, occupation, "K-1", ItemType.SINGLE_CHOICE, data.point(institution, occupation),
                new BulkItem.Version(Contents.single("旧题干"), ItemStatus.RETIRED, AT, null),
                new BulkItem.Version(Contents.single("新题干"), ItemStatus.APPROVED, AT, "导入"));
        BulkItem skill = new BulkItem(institution, null, occupation.getId(), null, Level.FOUR, Subject.SKILL,
                ItemType.SKILL_TASK, data.point(institution, occupation, Level.FOUR, Subject.SKILL, 0), "李工", "自建", null, AT,
                List.of(new BulkItem.Version(Contents.skill(), ItemStatus.DRAFT, AT, null)));

        List<Long> ids = writer.write(admin, institution, List.of(approvedAfterEdit, skill));

        ItemView first = items.get(admin, ids.get(0));
        assertThat(first.code().value()).isEqualTo("K-1");
        assertThat(first.current().number()).isEqualTo(2);
        assertThat(first.current().content()).isEqualTo(Contents.single("新题干"));
        assertThat(items.history(admin, ids.get(0))).extracting(ItemVersionView::status)
                .containsExactly(ItemStatus.RETIRED, ItemStatus.APPROVED);
        ItemView second = items.get(admin, ids.get(1));
        assertThat(second.code().value()).endsWith("-4-S-000001");
        assertThat(second.latest().content()).isEqualTo(Contents.skill());
        assertThat(second.latest().contentHash()).isEqualTo(ContentHash.of(Contents.skill()));
        assertThat(catalog.eligible(institution, occupation.getId(), null, Level.THREE, Subject.THEORY))
                .extracting(EligibleItem::itemId).containsExactly(ids.get(0));
        List<AuditRecord> entries = audit.history(admin, institution, "item", String.valueOf(ids.get(0)));
        assertThat(entries).extracting(AuditRecord::action).containsExactly("ITEM_IMPORTED");
        assertThat(entries.get(0).afterHash()).isEqualTo(first.current().contentHash());
        ItemView edited = items.edit(admin, new EditItem(first.id(), first.lockVersion(), Contents.single("再改"), null));
        assertThat(edited.latest().number()).isEqualTo(3);
    }

    @Test
    void oneBadItemRejectsTheWholeBatchNamingIt() {
        long institution = data.institution();
        Occupation occupation = data.occupation();
        Actor admin = ItemTestData.actor(institution, Role.INSTITUTION_ADMIN);
        long point = data.point(institution, occupation);
        BulkItem good = bulk(institution, occupation, "G-1", ItemType.SINGLE_CHOICE, point,
                new BulkItem.Version(Contents.single("好题"), ItemStatus.DRAFT, AT, null));
        BulkItem bad = bulk(institution, occupation, "B-1", ItemType.TRUE_FALSE, point,
                new BulkItem.Version(Contents.single("坏题"), ItemStatus.DRAFT, AT, null));
        assertThatThrownBy(() -> writer.write(admin, institution, List.of(good, bad)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolationException.Violation::field).contains("items[2].options", "items[2].key"));
        assertThat(catalog.eligible(institution, occupation.getId(), null, Level.THREE, Subject.THEORY)).isEmpty();
    }

    @Test
    void aBatchNamingAnUnknownOrForeignKnowledgePointIsRefusedWholeNamingEachItem() {
        long institution = data.institution();
        Occupation occupation = data.occupation();
        Actor admin = ItemTestData.actor(institution, Role.INSTITUTION_ADMIN);
        long fourthLevelPoint = data.point(institution, occupation, Level.FOUR, Subject.THEORY, 0);
        long otherInstitutionPoint = data.point(data.institution(), occupation);
        BulkItem good = bulk(institution, occupation, "KP-1", ItemType.SINGLE_CHOICE, data.point(institution, occupation),
                new BulkItem.Version(Contents.single("好题"), ItemStatus.APPROVED, AT, null));
        BulkItem wrongLevel = bulk(institution, occupation, "KP-2", ItemType.SINGLE_CHOICE, fourthLevelPoint,
                new BulkItem.Version(Contents.single("四级的鉴定点"), ItemStatus.APPROVED, AT, null));
        BulkItem unknown = bulk(institution, occupation, "KP-3", ItemType.SINGLE_CHOICE, Long.MAX_VALUE,
                new BulkItem.Version(Contents.single("不存在的鉴定点"), ItemStatus.APPROVED, AT, null));
        BulkItem foreign = bulk(institution, occupation, "KP-4", ItemType.SINGLE_CHOICE, otherInstitutionPoint,
                new BulkItem.Version(Contents.single("别的机构的鉴定点"), ItemStatus.APPROVED, AT, null));

        assertThatThrownBy(() -> writer.write(admin, institution, List.of(good, wrongLevel, unknown, foreign)))
                .isInstanceOfSatisfying(InvalidKnowledgePointException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid-knowledge-point");
                    assertThat(e.violations()).extracting(RuleViolationException.Violation::field).containsExactly(
                            "items[2].knowledgePointId", "items[3].knowledgePointId", "items[4].knowledgePointId");
                    assertThat(e.violations().get(0).message()).contains("A-001", "等级 四级/三级");
                    assertThat(e.violations().get(1).message()).contains("鉴定点不存在: " + Long.MAX_VALUE);
                    assertThat(e.violations().get(2).message()).contains("鉴定点不存在: " + otherInstitutionPoint);
                });
        assertThat(catalog.eligible(institution, occupation.getId(), null, Level.THREE, Subject.THEORY)).isEmpty();
    }

    private static BulkItem bulk(long institution, Occupation occupation, String code, ItemType type, long kp,
                                 BulkItem.Version... versions) {
        return new BulkItem(institution, code, occupation.getId(), null, Level.THREE, Subject.THEORY, type, kp, null,
                "自建", null, AT, List.of(versions));
    }
}
