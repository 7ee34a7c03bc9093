package org.qbank.bank.knowledge;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads 细目表 nodes by id with their tree's scope, in one query for any number of ids: the check an item's
 * 鉴定点 goes through before it is stored. Not scoped to an actor — callers compare the institution themselves.
 */
@Component
public class KnowledgePointLookup {

    private static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    KnowledgePointLookup(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The nodes among {@code ids} that exist (retired ones included), keyed by id; unknown ids are absent. */
    public Map<Long, KnowledgePointRef> find(Collection<Long> ids) {
        Map<Long, KnowledgePointRef> out = new HashMap<>();
        List<Long> all = ids.stream().distinct().toList();
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.query("""
                    SELECT n.id, n.code, n.tree_id, n.retired, t.institution_id, t.occupation_id, t.work_type_id,
                      t.level, t.subject
                    FROM knowledge_node n JOIN knowledge_tree t ON t.id = n.tree_id
                    WHERE n.id IN (:ids)""", Map.of("ids", all.subList(from, Math.min(all.size(), from + CHUNK))),
                    rs -> {
                        long workType = rs.getLong("work_type_id");
                        Long workTypeId = rs.wasNull() ? null : workType;
                        out.put(rs.getLong("id"), new KnowledgePointRef(rs.getLong("id"), rs.getString("code"),
                                rs.getLong("tree_id"), rs.getLong("institution_id"), rs.getLong("occupation_id"),
                                workTypeId, Level.ofNumber(rs.getInt("level")), Subject.valueOf(rs.getString("subject")),
                                rs.getBoolean("retired")));
                    });
        }
        return out;
    }
}
