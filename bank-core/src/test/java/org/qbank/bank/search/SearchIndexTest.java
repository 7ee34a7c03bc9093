package org.qbank.bank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;

class SearchIndexTest {

    static final Actor ACTOR = new Actor(5, "writer", Set.of(Role.ITEM_WRITER), Set.of(1L));

    @TempDir
    Path dir;

    @Test
    void aMissingIndexIsRebuiltFromTheDatabaseAtStartUp() throws Exception {
        InMemorySearchSource source = new InMemorySearchSource(List.of(Items.judge(1, 1, "安全电压一般是36V。", "√")));
        try (SearchIndex index = SearchIndex.openForWriting(dir)) {
            assertThat(index.needsRebuild()).isTrue();
            new IndexSync(index, () -> source, SearchTestKit.NO_CHANGES).start(java.time.Duration.ZERO);
            assertThat(index.needsRebuild()).isFalse();
            assertThat(SearchTestKit.search(index).search(ACTOR, SearchQuery.text("安全电压")).total()).isEqualTo(1);
        }
        try (SearchIndex reopened = SearchIndex.openForWriting(dir)) {
            assertThat(reopened.needsRebuild()).isFalse();
            assertThat(SearchTestKit.search(reopened).search(ACTOR, SearchQuery.text("安全电压")).total()).isEqualTo(1);
        }
    }

    @Test
    void anIndexOfAnotherSchemaVersionIsDroppedAndRebuilt() throws Exception {
        try (IndexWriter old = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig())) {
            Document stale = new Document();
            stale.add(new StringField("id", "99", Field.Store.YES));
            stale.add(new StringField("institution", "1", Field.Store.YES));
            old.addDocument(stale);
            old.setLiveCommitData(Map.of(IndexField.VERSION_KEY, "0").entrySet());
            old.commit();
        }
        InMemorySearchSource source = new InMemorySearchSource(List.of(Items.judge(1, 1, "安全电压一般是36V。", "√")));
        try (SearchIndex index = SearchIndex.openForWriting(dir)) {
            assertThat(index.needsRebuild()).isTrue();
            new IndexSync(index, () -> source, SearchTestKit.NO_CHANGES).start(java.time.Duration.ZERO);
            SearchResult all = SearchTestKit.search(index).search(ACTOR, SearchQuery.text(""));
            assertThat(all.hits()).extracting(SearchHit::itemId).containsExactly(1L);
        }
    }

    @Test
    void aReadOnlyProcessSeesWhatTheWriterCommittedAndCannotWrite() throws Exception {
        try (SearchIndex reader = SearchIndex.openForReading(dir)) {
            assertThat(SearchTestKit.search(reader).search(ACTOR, SearchQuery.text("")).total()).isZero();
            try (SearchIndex writer = SearchIndex.openForWriting(dir)) {
                SearchTestKit.rebuild(writer, List.of(Items.judge(1, 1, "安全电压一般是36V。", "√")));
                assertThat(SearchTestKit.search(reader).search(ACTOR, SearchQuery.text("安全电压")).total()).isEqualTo(1);
                assertThat(reader.writable()).isFalse();
            }
        }
    }

    @Test
    void aSecondWriterOnTheSameDirectoryIsRefusedWithAClearMessage() throws Exception {
        try (SearchIndex first = SearchIndex.openForWriting(dir)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SearchIndex.openForWriting(dir))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("qbank.search.writer=false");
            assertThat(first.writable()).isTrue();
        }
    }
}
