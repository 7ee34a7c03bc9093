package org.qbank.portal.pages.items;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The writer's list: items of the caller's institutions with their latest version, filtered by type, level,
 * status of the latest version, 鉴定点 code and text (stem, task name or exact 试题编码). A database filter: the
 * search index has no item source in this process yet. At most 200 rows, newest first.
 */
@Component
class ItemListQuery {

    /** One line of the list. */
    record Row(long id, String code, ItemType type, Level level, ItemStatus status, int version, String text,
               String pointCode, String pointName) {
    }

    /** The filters; null or blank means any. */
    record Filter(ItemType type, Integer level, ItemStatus status, String point, String q, boolean mine) {
    }

    private final JdbcClient jdbc;

    ItemListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<Row> find(Actor actor, Filter f) {
        if (actor.institutionIds().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                SELECT i.id, i.code, i.type, i.level, v.status, v.number, COALESCE(v.stem, v.task_name) AS text,
                       n.code AS point_code, n.name AS point_name
                FROM item i
                JOIN item_version v ON v.item_id = i.id AND v.number = i.latest_version_no
                LEFT JOIN knowledge_node n ON n.id = i.knowledge_point_id
                WHERE i.institution_id IN (""");
        List<Object> params = new ArrayList<>();
        actor.institutionIds().forEach(id -> {
            sql.append(params.isEmpty() ? "?" : ", ?");
            params.add(id);
        });
        sql.append(")");
        if (f.mine()) {
            sql.append(" AND i.created_by = ?");
            params.add(actor.userId());
        }
        if (f.type() != null) {
            sql.append(" AND i.type = ?");
            params.add(f.type().name());
        }
        if (f.level() != null) {
            sql.append(" AND i.level = ?");
            params.add(f.level());
        }
        if (f.status() != null) {
            sql.append(" AND v.status = ?");
            params.add(f.status().name());
        }
        if (f.point() != null && !f.point().isBlank()) {
            sql.append(" AND n.code LIKE ?");
            params.add(f.point().strip() + "%");
        }
        if (f.q() != null && !f.q().isBlank()) {
            String like = "%" + f.q().strip().replace("%", "").replace("_", "") + "%";
            sql.append(" AND (v.stem LIKE ? OR v.task_name LIKE ? OR i.code = ?)");
            params.add(like);
            params.add(like);
            params.add(f.q().strip());
        }
        sql.append(" ORDER BY v.created_at DESC, i.id DESC LIMIT 200");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"),
                ItemType.valueOf(rs.getString("type")), Level.ofNumber(rs.getInt("level")),
                ItemStatus.valueOf(rs.getString("status")), rs.getInt("number"), rs.getString("text"),
                rs.getString("point_code"), rs.getString("point_name"))).list();
    }

    /** The 细目表 a 鉴定点 belongs to. */
    @Transactional(readOnly = true)
    Optional<Long> treeOf(long knowledgePointId) {
        return jdbc.sql("SELECT tree_id FROM knowledge_node WHERE id = ?").param(knowledgePointId)
                .query(Long.class).optional();
    }
}
