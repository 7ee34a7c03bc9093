package org.qbank.bank.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;

class ItemSearchTest {

    static final Actor WRITER_OF_1 = new Actor(5, "writer", Set.of(Role.ITEM_WRITER), Set.of(1L));

    @TempDir
    Path dir;
    SearchIndex index;
    ItemSearch search;

    @BeforeEach
    void indexSomeItems() {
        index = SearchTestKit.openIndex(dir);
        search = SearchTestKit.search(index);
        Instant t = Instant.parse("2026-05-01T00:00:00Z");
        SearchTestKit.rebuild(index, List.of(
                Items.with(Items.single(1, 1, "额定电压为220V的单相电路中，熔断器应装在哪根线上", "相线", "零线", "地线", "任意一根", "A"),
                        SearchDocument.SINGLE, "已审定", 7, t),
                Items.with(Items.single(2, 1, "CO2灭火器适用于扑救哪类火灾", "带电设备火灾", "金属火灾", "木材火灾", "油类火灾", "A"),
                        SearchDocument.SINGLE, "草稿", 0, t.plusSeconds(60)),
                Items.with(Items.judge(3, 1, "使用CO2灭火器时应站在上风口。", "√"), SearchDocument.JUDGE, "已审定", 2,
                        t.plusSeconds(120)),
                Items.single(4, 2, "CO2灭火器的喷射距离一般为多少米", "1米", "2米", "5米", "10米", "B")));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void freeTextFindsItemsAndHighlightsTheStem() {
        SearchResult r = search.search(WRITER_OF_1, SearchQuery.text("灭火器"));
        assertThat(r.hits()).extracting(SearchHit::itemId).containsExactlyInAnyOrder(2L, 3L);
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("<mark>灭火器</mark>"));
    }

    @Test
    void neighboursAreTheItemsOfTheSame鉴定点SharingMostWordsWithoutRequiringThemAll() {
        // A reworded question keeps few of the words: no share is required, the closest comes first.
        List<SearchHit> near = search.neighbours(WRITER_OF_1, 1, "A-B-001", 99, "扑灭带电设备起火，应选用哪一类灭火器？", List.of("二氧化碳"), 5);
        assertThat(near).extracting(SearchHit::itemId).first().isEqualTo(2L);
        // Item 3 is under another 鉴定点, item 4 in another institution.
        assertThat(near).extracting(SearchHit::itemId).doesNotContain(3L, 4L);
        // An item is never its own neighbour.
        assertThat(search.neighbours(WRITER_OF_1, 1, "A-B-001", 2, "CO2灭火器适用于扑救哪类火灾", List.of(), 5))
                .extracting(SearchHit::itemId).doesNotContain(2L, 3L, 4L);
        assertThat(search.neighbours(WRITER_OF_1, 1, "A-B-002", 3, "使用CO2灭火器时应站在上风口", List.of(), 5)).isEmpty();
        assertThatThrownBy(() -> search.neighbours(WRITER_OF_1, 2, null, 99, "灭火器", List.of(), 5))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherInstitutionsItemsAreNeverFound() {
        assertThat(search.search(WRITER_OF_1, SearchQuery.text("喷射距离")).hits()).isEmpty();
        assertThatThrownBy(() -> search.search(WRITER_OF_1, SearchQuery.text("灭火器").withInstitutions(Set.of(2L))))
                .isInstanceOf(NotFoundException.class);
        Actor ofTwo = new Actor(6, "other", Set.of(Role.REVIEWER), Set.of(2L));
        assertThat(search.search(ofTwo, SearchQuery.text("灭火器")).hits()).extracting(SearchHit::itemId)
                .containsExactly(4L);
    }

    @Test
    void unitsNumbersAndFullWidthFormsMatchAcrossSpellings() {
        assertThat(search.search(WRITER_OF_1, SearchQuery.text("２２０ｖ")).hits()).extracting(SearchHit::itemId)
                .containsExactly(1L);
        assertThat(search.search(WRITER_OF_1, SearchQuery.text("220")).hits()).extracting(SearchHit::itemId)
                .containsExactly(1L);
        assertThat(search.search(WRITER_OF_1, SearchQuery.text("ＣＯ２")).hits()).hasSize(2);
    }

    @Test
    void filtersFacetsAndAnExactItemCode() {
        SearchResult judges = search.search(WRITER_OF_1, SearchQuery.text("灭火器").withType(SearchDocument.JUDGE));
        assertThat(judges.hits()).extracting(SearchHit::itemId).containsExactly(3L);
        SearchResult all = search.search(WRITER_OF_1, SearchQuery.text(""));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facets().get("type")).containsEntry(SearchDocument.SINGLE, 2L).containsEntry(SearchDocument.JUDGE, 1L);
        assertThat(all.facets().get("status")).containsEntry("已审定", 2L).containsEntry("草稿", 1L);
        assertThat(all.facets().get("level")).containsEntry("3", 3L);
        assertThat(search.search(WRITER_OF_1, SearchQuery.text("Q2")).hits()).extracting(SearchHit::itemId)
                .containsExactly(2L);
    }

    @Test
    void theCreatingAccountAndABranchOfTheTreeFilterTheList() {
        SearchDocument mine = created(Items.single(11, 1, "兆欧表的用途是", "测绝缘电阻", "测电流", "测电压", "测功率", "A"),
                "A-B-001", 5);
        SearchDocument theirs = created(Items.single(12, 1, "万用表的用途是", "测绝缘电阻", "测电流", "测电压", "测功率", "B"),
                "A-C-001", 6);
        SearchTestKit.rebuild(index, List.of(mine, theirs));
        assertThat(search.search(WRITER_OF_1, SearchQuery.text("用途").withCreator(5L)).hits())
                .extracting(SearchHit::itemId).containsExactly(11L);
        assertThat(search.search(WRITER_OF_1, SearchQuery.text(null).withKnowledgePoint("A-C")).hits())
                .extracting(SearchHit::itemId).containsExactly(12L);
        assertThat(search.search(WRITER_OF_1, SearchQuery.text(null).withKnowledgePoint("A")).total()).isEqualTo(2);
    }

    private static SearchDocument created(SearchDocument d, String point, long account) {
        return new SearchDocument(d.itemId(), d.institutionId(), d.itemCode(), d.occupationCode(), d.level(),
                d.subject(), d.type(), d.status(), point, d.knowledgePointName(), d.author(), d.stem(), d.options(),
                d.key(), d.analysis(), d.usageCount(), d.updatedAt(), account);
    }

    @Test
    void sortsByLeastUsedAndByRecentChangeAndPages() {
        SearchQuery all = SearchQuery.text(null);
        assertThat(search.search(WRITER_OF_1, all.withSort(SearchSort.LEAST_USED)).hits())
                .extracting(SearchHit::itemId).containsExactly(2L, 3L, 1L);
        assertThat(search.search(WRITER_OF_1, all.withSort(SearchSort.RECENTLY_CHANGED)).hits())
                .extracting(SearchHit::itemId).containsExactly(3L, 2L, 1L);
        SearchResult second = search.search(WRITER_OF_1, all.withSort(SearchSort.RECENTLY_CHANGED).withPage(1, 2));
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.hits()).extracting(SearchHit::itemId).containsExactly(1L);
    }

    @Test
    void anOversizedPageIsRejectedNamingTheField() {
        assertThatThrownBy(() -> search.search(WRITER_OF_1, SearchQuery.text("x").withPage(0, 1000)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(RuleViolationException.Violation::field).containsExactly("size"));
    }
}
