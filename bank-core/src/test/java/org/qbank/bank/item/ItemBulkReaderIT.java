package org.qbank.bank.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.image.ImageStore;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.qbank.bank.usage.UsageCounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
class ItemBulkReaderIT {

    private static final Instant AT = Instant.parse("2026-02-01T02:00:00Z");

    @Autowired
    ItemBulkReader reader;
    @Autowired
    ItemBulkWriter writer;
    @Autowired
    ItemService items;
    @Autowired
    ImageStore images;
    @Autowired
    ItemTestData data;

    @Test
    void pagesReadEveryItemExactlyAsItemServiceReadsItOne() {
        long institution = data.institution();
        Occupation occupation = data.occupation();
        Occupation other = data.occupation();
        Actor admin = ItemTestData.actor(institution, Role.INSTITUTION_ADMIN);
        String picture = images.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', 9, 9}, "image/png").hash();
        List<Long> ids = writer.write(admin, institution, List.of(
                bulk(institution, occupation, ItemType.SINGLE_CHOICE,
                        new BulkItem.Version(Contents.single("旧题干"), ItemStatus.RETIRED, AT, null),
                        new BulkItem.Version(Contents.single("如图").withStemImages(List.of(picture)), ItemStatus.APPROVED, AT, "导入")),
                bulk(institution, occupation, ItemType.SINGLE_CHOICE,
                        new BulkItem.Version(Contents.single("已审定的题干"), ItemStatus.APPROVED, AT, null),
                        new BulkItem.Version(Contents.single("审定后又改的草稿"), ItemStatus.DRAFT, AT, null)),
                new BulkItem(institution, null, occupation.getId(), null, Level.FOUR, Subject.SKILL, ItemType.SKILL_TASK,
                        data.point(institution, occupation, Level.FOUR, Subject.SKILL, 0),
                        "李工", "自建", null, AT, List.of(new BulkItem.Version(Contents.skill(), ItemStatus.DRAFT, AT, null))),
                bulk(institution, other, ItemType.TRUE_FALSE, new BulkItem.Version(Contents.trueFalse(), ItemStatus.DRAFT, AT, null)),
                bulk(institution, occupation, ItemType.SHORT_ANSWER,
                        new BulkItem.Version(Contents.shortAnswer(), ItemStatus.DRAFT, AT, null))));
        items.retire(admin, ids.get(4), "过时");

        List<ItemRecord> all = new ArrayList<>();
        long after = 0;
        for (List<ItemRecord> page; !(page = reader.page(admin, institution, ItemFilter.all(), after, 2)).isEmpty(); ) {
            assertThat(page.size()).isLessThanOrEqualTo(2);
            all.addAll(page);
            after = page.get(page.size() - 1).item().id();
        }

        assertThat(all).extracting(r -> r.item().id()).containsExactly(ids.get(0), ids.get(1), ids.get(2), ids.get(3));
        for (ItemRecord r : all) {
            assertThat(r.item()).isEqualTo(items.get(admin, r.item().id()));
            assertThat(r.usage()).isEqualTo(UsageCounts.NONE);
        }
        assertThat(all.get(0).item().current().content().stemImages()).containsExactly(picture);
        assertThat(all.get(1).item().current().number()).isEqualTo(1);
        assertThat(all.get(1).item().latest().number()).isEqualTo(2);
        assertThat(all.get(2).item().latest().content()).isEqualTo(Contents.skill());
        assertThat(all.get(2).item().current()).isNull();

        ItemFilter oneOccupation = new ItemFilter(other.getId(), null, null, null, null, null, null, null, false);
        assertThat(reader.page(admin, institution, oneOccupation, 0, 100)).extracting(r -> r.item().id())
                .containsExactly(ids.get(3));
        ItemFilter withRetired = new ItemFilter(occupation.getId(), null, null, null, null, null, null, null, true);
        assertThat(reader.page(admin, institution, withRetired, ids.get(2), 100)).extracting(r -> r.item().id())
                .containsExactly(ids.get(4));
        List<String> codes = List.of(all.get(3).item().code().value(), "NO-SUCH-1", items.get(admin, ids.get(4)).code().value());
        assertThat(reader.byCodes(admin, institution, codes)).extracting(r -> r.item().id())
                .containsExactly(ids.get(3), ids.get(4));
        assertThat(reader.byCodes(admin, institution, codes).get(1).item().retired()).isTrue();
        String draftHash = ContentHash.of(Contents.single("审定后又改的草稿"));
        assertThat(reader.codesByContentHash(admin, institution, List.of(draftHash, ContentHash.of(Contents.single("旧题干")),
                ContentHash.of(Contents.shortAnswer()))))
                .containsOnlyKeys(draftHash)
                .containsEntry(draftHash, List.of(all.get(1).item().code()));
    }

    @Test
    void anotherInstitutionCannotReadAndPageSizeIsBounded() {
        long institution = data.institution();
        Actor stranger = ItemTestData.actor(data.institution(), Role.INSTITUTION_ADMIN);
        assertThatThrownBy(() -> reader.page(stranger, institution, ItemFilter.all(), 0, 10))
                .isInstanceOf(NotFoundException.class);
        Actor own = ItemTestData.actor(institution, Role.INSPECTOR);
        assertThatThrownBy(() -> reader.page(own, institution, ItemFilter.all(), 0, ItemBulkReader.MAX_PAGE_SIZE + 1))
                .isInstanceOf(RuleViolationException.class);
        assertThat(reader.page(own, institution, ItemFilter.all(), 0, 10)).isEmpty();
    }

    private BulkItem bulk(long institution, Occupation occupation, ItemType type, BulkItem.Version... versions) {
        return new BulkItem(institution, null, occupation.getId(), null, Level.THREE, Subject.THEORY, type,
                data.point(institution, occupation), null,
                "自建", null, AT, List.of(versions));
    }
}
