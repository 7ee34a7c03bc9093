package org.qbank.bank.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small hand-written items for tests (original text, not third-party). */
final class Items {

    private Items() {
    }

    static SearchDocument single(long id, long institution, String stem, String a, String b, String c, String d,
                                 String key) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("A", a);
        options.put("B", b);
        options.put("C", c);
        options.put("D", d);
        return new SearchDocument(id, institution, "Q" + id, "6-31-01-03", 3, "理论知识", SearchDocument.SINGLE,
                "已审定", "A-B-001", "安全用电", "张工", stem, options, key, "", 0,
                Instant.parse("2026-03-01T00:00:00Z").plusSeconds(id));
    }

    static SearchDocument judge(long id, long institution, String stem, String key) {
        return new SearchDocument(id, institution, "Q" + id, "6-31-01-03", 3, "理论知识", SearchDocument.JUDGE,
                "草稿", "A-B-002", "电气基础", "李工", stem, Map.of(), key, "", 0,
                Instant.parse("2026-03-01T00:00:00Z").plusSeconds(id));
    }

    static SearchDocument with(SearchDocument d, String type, String status, int usage, Instant updated) {
        return new SearchDocument(d.itemId(), d.institutionId(), d.itemCode(), d.occupationCode(), d.level(),
                d.subject(), type, status, d.knowledgePointCode(), d.knowledgePointName(), d.author(), d.stem(),
                d.options(), d.key(), d.analysis(), usage, updated);
    }
}
