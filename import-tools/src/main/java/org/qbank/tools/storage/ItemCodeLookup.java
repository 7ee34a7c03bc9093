package org.qbank.tools.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only look-ups on the item table that bank-core's item API does not offer yet: ids by 试题编码 (in chunks, one
 * query per thousand codes, so a re-import does not cost a query per row) and ids by scope for exports. Reading only;
 * every write goes through bank-core's services.
 */
@Component
class ItemCodeLookup {

    private static final int CHUNK = 1000;
    private final JdbcClient jdbc;

    ItemCodeLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> idsByCode(long institutionId, List<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < codes.size(); i += CHUNK) {
            List<String> chunk = codes.subList(i, Math.min(codes.size(), i + CHUNK));
            jdbc.sql("SELECT id, code FROM item WHERE institution_id = :i AND code IN (:c)")
                    .param("i", institutionId).param("c", chunk)
                    .query((rs, n) -> ids.put(rs.getString(2), rs.getLong(1))).list();
        }
        return ids;
    }

    /** Item ids of the institution, optionally of one occupation, in code order. */
    List<Long> ids(long institutionId, Long occupationId) {
        List<Long> ids = new ArrayList<>();
        jdbc.sql("SELECT id FROM item WHERE institution_id = :i" + (occupationId == null ? "" : " AND occupation_id = :o")
                        + " ORDER BY code")
                .param("i", institutionId).params(occupationId == null ? Map.of() : Map.of("o", occupationId))
                .query((rs, n) -> ids.add(rs.getLong(1))).list();
        return ids;
    }
}
