package org.qbank.bank.item;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.qbank.bank.common.Subject;
import org.qbank.bank.search.SearchDocument;
import org.qbank.bank.search.SearchSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The items as the search index sees them: each item's latest version (writers look for their drafts too), with
 * its 鉴定点 and usage. Read page by page, so a rebuild over 100,000 items never holds them all.
 */
@Component
class ItemSearchSource implements SearchSource {

    private static final int PAGE = 1000;

    private static final String SELECT = """
            SELECT i.id, i.institution_id, i.created_by, i.code, o.code AS occupation_code, i.level, i.subject, i.type,
                   v.id AS version_id, v.status, v.author_name, v.stem, v.answer_key, v.reference_answer, v.analysis,
                   v.task_name, v.tasks, v.created_at, kn.code AS kp_code, kn.name AS kp_name, u.sessions
            FROM item i
            JOIN item_version v ON v.item_id = i.id AND v.number = i.latest_version_no
            JOIN occupation o ON o.id = i.occupation_id
            LEFT JOIN knowledge_node kn ON kn.id = i.knowledge_point_id
            LEFT JOIN item_usage u ON u.item_id = i.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ItemSearchSource(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SearchDocument> load(long itemId) {
        List<Row> rows = jdbc.query(SELECT + " WHERE i.id = :id", Map.of("id", itemId), ItemSearchSource::row);
        return withOptions(rows).stream().findFirst();
    }

    @Override
    public Stream<SearchDocument> streamAll(long institutionId) {
        return pages("i.institution_id = :institution AND ", Map.of("institution", institutionId));
    }

    @Override
    public Optional<Long> institutionOf(long itemId) {
        return jdbc.query("SELECT institution_id FROM item WHERE id = :id", Map.of("id", itemId),
                (rs, n) -> rs.getLong(1)).stream().findFirst();
    }

    @Override
    public Stream<SearchDocument> streamAll() {
        return pages("", Map.of());
    }

    private Stream<SearchDocument> pages(String filter, Map<String, Object> params) {
        Iterator<List<SearchDocument>> pages = new Iterator<>() {
            private long after = 0;
            private List<SearchDocument> next = fetch();

            private List<SearchDocument> fetch() {
                Map<String, Object> p = new java.util.HashMap<>(params);
                p.put("after", after);
                List<Row> rows = jdbc.query(SELECT + " WHERE " + filter + "i.id > :after ORDER BY i.id LIMIT " + PAGE,
                        p, ItemSearchSource::row);
                if (!rows.isEmpty()) {
                    after = rows.get(rows.size() - 1).itemId;
                }
                return withOptions(rows);
            }

            @Override
            public boolean hasNext() {
                return !next.isEmpty();
            }

            @Override
            public List<SearchDocument> next() {
                if (next.isEmpty()) {
                    throw new NoSuchElementException();
                }
                List<SearchDocument> current = next;
                next = current.size() < PAGE ? List.of() : fetch();
                return current;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
                .flatMap(List::stream);
    }

    private List<SearchDocument> withOptions(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> options = new LinkedHashMap<>();
        jdbc.query("SELECT version_id, label, text FROM item_option WHERE version_id IN (:ids) ORDER BY version_id, label",
                Map.of("ids", rows.stream().map(r -> r.versionId).toList()),
                rs -> {
                    options.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getString(3) == null ? "" : rs.getString(3));
                });
        List<SearchDocument> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(r.document(options.getOrDefault(r.versionId, Map.of())));
        }
        return out;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs);
    }

    /** One result row, before its options are attached. */
    private static final class Row {
        final long itemId;
        final long versionId;
        private final long institutionId;
        private final String code;
        private final String occupationCode;
        private final int level;
        private final String subject;
        private final String type;
        private final String status;
        private final String author;
        private final String text;
        private final String key;
        private final String analysis;
        private final String kpCode;
        private final String kpName;
        private final int sessions;
        private final LocalDateTime createdAt;
        private final long createdBy;

        Row(ResultSet rs) throws SQLException {
            itemId = rs.getLong("id");
            versionId = rs.getLong("version_id");
            institutionId = rs.getLong("institution_id");
            code = rs.getString("code");
            occupationCode = rs.getString("occupation_code");
            level = rs.getInt("level");
            subject = Subject.valueOf(rs.getString("subject")).displayName();
            ItemType t = ItemType.valueOf(rs.getString("type"));
            type = t.displayName();
            status = ItemStatus.valueOf(rs.getString("status")).displayName();
            author = rs.getString("author_name");
            String stem = rs.getString("stem");
            // A skill task has no stem: its name and work tasks are what people search for.
            text = stem != null ? stem : join(rs.getString("task_name"), rs.getString("tasks"));
            String answer = rs.getString("answer_key");
            key = answer != null ? answer : rs.getString("reference_answer");
            analysis = rs.getString("analysis");
            kpCode = rs.getString("kp_code");
            kpName = rs.getString("kp_name");
            sessions = rs.getInt("sessions");
            createdAt = rs.getObject("created_at", LocalDateTime.class);
            createdBy = rs.getLong("created_by");
        }

        SearchDocument document(Map<String, String> options) {
            return new SearchDocument(itemId, institutionId, code, occupationCode, level, subject, type, status, kpCode,
                    kpName, author, text == null ? "" : text, options, key, analysis, sessions,
                    createdAt.toInstant(ZoneOffset.UTC), createdBy);
        }

        private static String join(String a, String b) {
            return (a == null ? "" : a) + (b == null ? "" : "\n" + b);
        }
    }
}
