package org.qbank.bank.search;

import java.util.Set;

/**
 * A search: free text (may be blank) and optional filters; null or blank filters do not restrict.
 * {@code institutionIds} may narrow the caller's institutions, never widen them. {@code knowledgePointCode}
 * matches that 鉴定点 and every code under it ({@code A-A} finds {@code A-A-001}); {@code createdBy} keeps the
 * items one account created. {@code page} counts from 0.
 */
public record SearchQuery(String text, Set<Long> institutionIds, String occupationCode, Integer level,
                          String subject, String type, String status, String knowledgePointCode, String author,
                          SearchSort sort, int page, int size, Long createdBy) {

    public SearchQuery(String text, Set<Long> institutionIds, String occupationCode, Integer level, String subject,
                       String type, String status, String knowledgePointCode, String author, SearchSort sort,
                       int page, int size) {
        this(text, institutionIds, occupationCode, level, subject, type, status, knowledgePointCode, author, sort,
                page, size, null);
    }

    public SearchQuery {
        institutionIds = institutionIds == null ? Set.of() : Set.copyOf(institutionIds);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    /** Free text only, first page of 20, by relevance. */
    public static SearchQuery text(String text) {
        return new SearchQuery(text, Set.of(), null, null, null, null, null, null, null, SearchSort.RELEVANCE, 0, 20);
    }

    public SearchQuery withType(String t) {
        return new SearchQuery(text, institutionIds, occupationCode, level, subject, t, status, knowledgePointCode,
                author, sort, page, size, createdBy);
    }

    public SearchQuery withSort(SearchSort s) {
        return new SearchQuery(text, institutionIds, occupationCode, level, subject, type, status, knowledgePointCode,
                author, s, page, size, createdBy);
    }

    public SearchQuery withPage(int p, int s) {
        return new SearchQuery(text, institutionIds, occupationCode, level, subject, type, status, knowledgePointCode,
                author, sort, p, s, createdBy);
    }

    public SearchQuery withInstitutions(Set<Long> ids) {
        return new SearchQuery(text, ids, occupationCode, level, subject, type, status, knowledgePointCode, author,
                sort, page, size, createdBy);
    }

    public SearchQuery withCreator(Long accountId) {
        return new SearchQuery(text, institutionIds, occupationCode, level, subject, type, status, knowledgePointCode,
                author, sort, page, size, accountId);
    }

    public SearchQuery withKnowledgePoint(String code) {
        return new SearchQuery(text, institutionIds, occupationCode, level, subject, type, status, code, author,
                sort, page, size, createdBy);
    }
}
