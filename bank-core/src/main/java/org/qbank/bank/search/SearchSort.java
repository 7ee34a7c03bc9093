package org.qbank.bank.search;

/** Result order. */
public enum SearchSort {
    RELEVANCE,
    /** Fewest uses first (fresh items for papers), then most recently changed. */
    LEAST_USED,
    RECENTLY_CHANGED
}
