package org.qbank.bank.review;

import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an institution's self-built bank holds, for the filing documents (试题资源基本信息, 编制说明): counts of
 * approved items, and the writers of those items. One grouped query each.
 */
@Service
public class ResourceInventory {

    private final JdbcClient jdbc;

    ResourceInventory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts per occupation / work type / level / subject, ordered by occupation code, work type, level 5..1. */
    @Transactional(readOnly = true)
    public List<ResourceCount> approvedCounts(Actor actor, long institutionId) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        return jdbc.sql("""
                SELECT o.id, o.code, o.name, w.id AS work_type_id, w.name AS work_type_name, i.level, i.subject,
                       COUNT(*) AS n
                FROM item i JOIN occupation o ON o.id = i.occupation_id LEFT JOIN work_type w ON w.id = i.work_type_id
                WHERE i.institution_id = ? AND i.current_version_no IS NOT NULL AND i.retired_at IS NULL
                GROUP BY o.id, o.code, o.name, w.id, w.name, i.level, i.subject
                ORDER BY o.code, w.name, i.level DESC, i.subject""")
                .param(institutionId)
                .query((rs, n) -> new ResourceCount(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), Level.ofNumber(rs.getInt(6)),
                        Subject.valueOf(rs.getString(7)), rs.getLong(8)))
                .list();
    }

    /** The writers (命题人) of an occupation's approved items, by name. */
    @Transactional(readOnly = true)
    public List<String> writers(Actor actor, long institutionId, long occupationId, Long workTypeId) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        String sql = """
                SELECT DISTINCT v.author_name FROM item i
                JOIN item_version v ON v.item_id = i.id AND v.number = i.current_version_no
                WHERE i.institution_id = ? AND i.occupation_id = ? AND i.retired_at IS NULL""";
        var spec = jdbc.sql(sql + (workTypeId == null ? " AND i.work_type_id IS NULL" : " AND i.work_type_id = ?")
                + " ORDER BY v.author_name").param(institutionId).param(occupationId);
        if (workTypeId != null) {
            spec = spec.param(workTypeId);
        }
        return spec.query(String.class).list();
    }
}
