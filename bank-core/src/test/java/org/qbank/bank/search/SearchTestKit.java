package org.qbank.bank.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the search components without Spring, for Lucene-only tests and the benchmarks. */
public final class SearchTestKit {

    /** A change feed with no changes: for indexes fed directly from a source. */
    static final ChangeFeed NO_CHANGES = new ChangeFeed() {
        @Override
        public Map<Long, Long> heads() {
            return Map.of();
        }

        @Override
        public Set<Long> changedItems(long institutionId, long afterSeq, long upToSeq) {
            return Set.of();
        }
    };

    private SearchTestKit() {
    }

    public static SearchIndex openIndex(Path dir) {
        return SearchIndex.openForWriting(dir);
    }

    /** Replaces the index content with {@code docs} through the same rebuild path as start-up. */
    public static long rebuild(SearchIndex index, List<SearchDocument> docs) {
        InMemorySearchSource source = new InMemorySearchSource(docs);
        return new IndexSync(index, () -> source, NO_CHANGES).rebuildAll();
    }

    public static ItemSearch search(SearchIndex index) {
        return new ItemSearch(index);
    }

    public static NearDuplicateDetector detector(SearchIndex index) {
        return new NearDuplicateDetector(index, MarkLookup.NONE);
    }

    public static DuplicateSweep sweep(SearchIndex index) {
        return new DuplicateSweep(index, MarkLookup.NONE);
    }
}
