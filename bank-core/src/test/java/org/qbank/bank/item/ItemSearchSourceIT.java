package org.qbank.bank.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.search.ItemSearch;
import org.qbank.bank.search.SearchDocument;
import org.qbank.bank.search.SearchHit;
import org.qbank.bank.search.SearchQuery;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The real item module feeding the real index: what writers save is what they find, once committed. */
@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
class ItemSearchSourceIT {

    @Autowired
    ItemService items;
    @Autowired
    ItemSearchSource source;
    @Autowired
    ItemSearch search;
    @Autowired
    ItemTestData data;

    @Test
    void aSavedItemIsFoundAfterCommitWithItsLatestVersion() {
        long institution = data.institution();
        Occupation occupation = data.occupation();
        Actor writer = ItemTestData.actor(institution, Role.ITEM_WRITER);
        ItemView created = items.create(writer, data.single(institution, occupation,
                "三相异步电动机的同步转速由电源频率和什么决定"));

        assertThat(hits(writer, "同步转速")).extracting(SearchHit::itemId).containsExactly(created.id());

        items.edit(writer, new EditItem(created.id(), created.lockVersion(),
                Contents.single("变压器的变比等于一次绕组与二次绕组的什么之比"), "改写题干"));
        assertThat(hits(writer, "同步转速")).isEmpty();
        assertThat(hits(writer, "变比")).extracting(SearchHit::itemId).containsExactly(created.id());

        SearchDocument doc = source.load(created.id()).orElseThrow();
        assertThat(doc.type()).isEqualTo(SearchDocument.SINGLE);
        assertThat(doc.status()).isEqualTo("草稿");
        assertThat(doc.subject()).isEqualTo("理论知识");
        assertThat(doc.options()).isNotEmpty();
    }

    @Test
    void anotherInstitutionNeverSeesTheItem() {
        long a = data.institution();
        long b = data.institution();
        Occupation occupation = data.occupation();
        Actor writerA = ItemTestData.actor(a, Role.ITEM_WRITER);
        items.create(writerA, data.single(a, occupation, "兆欧表测量绝缘电阻时摇动手柄的转速约为多少"));
        Actor writerB = ItemTestData.actor(b, Role.ITEM_WRITER);
        assertThat(hits(writerA, "兆欧表")).hasSize(1);
        assertThat(hits(writerB, "兆欧表")).isEmpty();
    }

    @Test
    void streamingAnInstitutionReadsEveryItemOnce() {
        long institution = data.institution();
        Occupation occupation = data.occupation();
        Actor writer = ItemTestData.actor(institution, Role.ITEM_WRITER);
        for (int i = 0; i < 5; i++) {
            items.create(writer, data.single(institution, occupation, "第 " + i + " 道关于接地电阻的试题"));
        }
        try (var all = source.streamAll(institution)) {
            List<SearchDocument> docs = all.toList();
            assertThat(docs).hasSize(5);
            assertThat(docs).extracting(SearchDocument::institutionId).containsOnly(institution);
        }
    }

    private List<SearchHit> hits(Actor actor, String text) {
        return search.search(actor, SearchQuery.text(text).withInstitutions(Set.copyOf(actor.institutionIds()))).hits();
    }
}
