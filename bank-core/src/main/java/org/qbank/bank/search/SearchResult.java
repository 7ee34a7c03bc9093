package org.qbank.bank.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results. {@code facets} holds counts over all matches (not just this page) for the dimensions
 * {@code type}, {@code level} and {@code status}: value → count, largest first.
 */
public record SearchResult(long total, int page, int size, List<SearchHit> hits,
                           Map<String, Map<String, Long>> facets) {
}
