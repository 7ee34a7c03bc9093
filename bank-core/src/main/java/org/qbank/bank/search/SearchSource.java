package org.qbank.bank.search;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The port through which the index reads the database, which stays the truth. The item module implements it;
 * each method reads committed data only (its own read-only transaction).
 */
public interface SearchSource {

    /** The current version of an item, or empty when the item no longer exists or is no longer searchable. */
    Optional<SearchDocument> load(long itemId);

    /** Every searchable item of one institution; the caller closes the stream. */
    Stream<SearchDocument> streamAll(long institutionId);

    /** Every searchable item of every institution; the caller closes the stream. */
    Stream<SearchDocument> streamAll();

    /**
     * The institution an item belongs to, or empty when no such item exists. Unlike {@link #load} this also
     * answers for retired items: a pair mark may name them.
     */
    default Optional<Long> institutionOf(long itemId) {
        return load(itemId).map(SearchDocument::institutionId);
    }
}
