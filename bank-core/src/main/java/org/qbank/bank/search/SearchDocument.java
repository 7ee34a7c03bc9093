package org.qbank.bank.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the index knows of the current version of one item. The item module maps its item to this record;
 * search never reads item entities.
 *
 * @param options option label (A, B, …) to text, in display order; empty for types without options
 * @param key       the key as stored: option labels for choice types ({@code "B"}, {@code "ACD"}), √/× for 判断,
 *                  the reference answer otherwise
 * @param createdBy the account that created the item (the writer's "mine" filter); 0 when unknown
 */
public record SearchDocument(long itemId, long institutionId, String itemCode, String occupationCode, int level,
                             String subject, String type, String status, String knowledgePointCode,
                             String knowledgePointName, String author, String stem, Map<String, String> options,
                             String key, String analysis, int usageCount, Instant updatedAt, long createdBy) {

    /** 题型 values the near-duplicate scorer treats specially. */
    public static final String JUDGE = "判断题";
    public static final String SINGLE = "单选题";
    public static final String MULTIPLE = "多选题";

    public SearchDocument {
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(updatedAt, "updatedAt");
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        itemCode = nullToEmpty(itemCode);
        occupationCode = nullToEmpty(occupationCode);
        subject = nullToEmpty(subject);
        type = nullToEmpty(type);
        status = nullToEmpty(status);
        knowledgePointCode = nullToEmpty(knowledgePointCode);
        knowledgePointName = nullToEmpty(knowledgePointName);
        author = nullToEmpty(author);
        key = nullToEmpty(key);
        analysis = nullToEmpty(analysis);
    }

    /** An item whose creating account is unknown (imports of other systems, tests). */
    public SearchDocument(long itemId, long institutionId, String itemCode, String occupationCode, int level,
                          String subject, String type, String status, String knowledgePointCode,
                          String knowledgePointName, String author, String stem, Map<String, String> options,
                          String key, String analysis, int usageCount, Instant updatedAt) {
        this(itemId, institutionId, itemCode, occupationCode, level, subject, type, status, knowledgePointCode,
                knowledgePointName, author, stem, options, key, analysis, usageCount, updatedAt, 0);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
