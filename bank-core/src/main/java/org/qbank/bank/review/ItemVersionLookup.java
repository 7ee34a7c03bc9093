package org.qbank.bank.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads item versions by id for rounds and sheet verification. Read only: statuses move through ItemService.
 */
@Component
class ItemVersionLookup {

    private static final String SELECT = """
            SELECT i.institution_id, i.occupation_id, i.work_type_id, i.id AS item_id, i.code, i.level, i.subject,
                   v.id AS version_id, v.number, v.content_hash, v.author_id, v.status, i.retired_at
            FROM item_version v JOIN item i ON i.id = v.item_id
            """;

    private final JdbcClient jdbc;

    ItemVersionLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PinnedVersion> byIds(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE v.id IN (:ids) ORDER BY v.id").param("ids", versionIds)
                .query(ItemVersionLookup::row).list();
    }

    Optional<PinnedVersion> latest(long itemId) {
        return jdbc.sql(SELECT + " WHERE i.id = :item AND v.number = i.latest_version_no").param("item", itemId)
                .query(ItemVersionLookup::row).optional();
    }

    private static PinnedVersion row(ResultSet rs, int n) throws SQLException {
        Long workType = rs.getObject("work_type_id", Long.class);
        return new PinnedVersion(rs.getLong("institution_id"), rs.getLong("occupation_id"), workType, rs.getLong("item_id"), rs.getString("code"),
                Level.ofNumber(rs.getInt("level")), Subject.valueOf(rs.getString("subject")), rs.getLong("version_id"),
                rs.getInt("number"), rs.getString("content_hash"), rs.getLong("author_id"),
                ItemStatus.valueOf(rs.getString("status")), rs.getObject("retired_at") != null);
    }
}
