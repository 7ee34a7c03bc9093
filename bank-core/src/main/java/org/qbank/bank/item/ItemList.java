package org.qbank.bank.item;

import java.util.ArrayList;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists an institution's items page by page (for the portal and exports), filtered by {@link ItemFilter}. */
@Service
public class ItemList {

    public static final int MAX_PAGE_SIZE = 500;
    private static final int EXCERPT = 80;

    private final JdbcClient jdbc;

    public ItemList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Page {@code page} (from 0) of at most {@code size} items; any role of the institution may list. */
    @Transactional(readOnly = true)
    public ItemPage list(Actor actor, long institutionId, ItemFilter filter, int page, int size) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw RuleViolationException.of("size", "页码应 ≥ 0, 每页 1 到 " + MAX_PAGE_SIZE + " 条");
        }
        List<Object> params = new ArrayList<>();
        String where = where(institutionId, filter, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM item i JOIN item_version v ON v.item_id = i.id AND v.number = i.latest_version_no"
                + where).params(params).query(Long.class).single();
        List<ItemSummary> rows = jdbc.sql("""
                SELECT i.id, i.code, i.occupation_id, i.work_type_id, i.level, i.subject, i.type, i.knowledge_point_id,
                       i.latest_version_no, v.status, i.current_version_no, i.retired_at, v.stem, v.task_name
                FROM item i JOIN item_version v ON v.item_id = i.id AND v.number = i.latest_version_no"""
                + where + " ORDER BY i.code LIMIT " + size + " OFFSET " + ((long) page * size))
                .params(params).query((rs, n) -> new ItemSummary(rs.getLong(1), ItemCode.of(rs.getString(2)),
                        rs.getLong(3), rs.getObject(4, Long.class), Level.ofNumber(rs.getInt(5)),
                        Subject.valueOf(rs.getString(6)), ItemType.valueOf(rs.getString(7)), rs.getLong(8), rs.getInt(9),
                        ItemStatus.valueOf(rs.getString(10)), rs.getObject(11, Integer.class), rs.getObject(12) != null,
                        excerpt(rs.getString(13) != null ? rs.getString(13) : rs.getString(14))))
                .list();
        return new ItemPage(rows, total, page, size);
    }

    /** The WHERE clause of a filter over {@code item i} joined with its latest version {@code v}. */
    static String where(long institutionId, ItemFilter f, List<Object> params) {
        StringBuilder w = new StringBuilder(" WHERE i.institution_id = ?");
        params.add(institutionId);
        add(w, params, " AND i.occupation_id = ?", f.occupationId());
        add(w, params, " AND i.work_type_id = ?", f.workTypeId());
        add(w, params, " AND i.level = ?", f.level() == null ? null : f.level().number());
        add(w, params, " AND i.subject = ?", f.subject() == null ? null : f.subject().name());
        add(w, params, " AND i.type = ?", f.type() == null ? null : f.type().name());
        add(w, params, " AND v.status = ?", f.status() == null ? null : f.status().name());
        add(w, params, " AND i.knowledge_point_id = ?", f.knowledgePointId());
        if (f.codePrefix() != null && !f.codePrefix().isBlank()) {
            w.append(" AND i.code LIKE ? ESCAPE '!'");
            params.add(f.codePrefix().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (!f.includeRetired()) {
            w.append(" AND i.retired_at IS NULL");
        }
        return w.toString();
    }

    private static void add(StringBuilder w, List<Object> params, String clause, Object value) {
        if (value != null) {
            w.append(clause);
            params.add(value);
        }
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "…";
    }
}
