package org.qbank.bank.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Item changes read from the audit log, which every item change writes in its own transaction: an entry is
 * visible here exactly when the change committed, whichever process made it. The chain head is updated in the
 * same transaction as each entry, under a row lock, so every entry up to a committed head is committed too.
 */
@Component
class AuditItemFeed implements ChangeFeed {

    private static final Logger log = LoggerFactory.getLogger(AuditItemFeed.class);
    static final String ENTITY_TYPE = "item";

    private final JdbcClient jdbc;

    AuditItemFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Long> heads() {
        Map<Long, Long> heads = new HashMap<>();
        jdbc.sql("SELECT institution_id, seq FROM audit_chain_head")
                .query(rs -> {
                    heads.put(rs.getLong(1), rs.getLong(2));
                });
        return heads;
    }

    @Override
    public Set<Long> changedItems(long institutionId, long afterSeq, long upToSeq) {
        Set<Long> ids = new LinkedHashSet<>();
        jdbc.sql("""
                SELECT entity_id FROM audit_entry
                WHERE institution_id = ? AND entity_type = ? AND seq > ? AND seq <= ? ORDER BY seq""")
                .params(institutionId, ENTITY_TYPE, afterSeq, upToSeq)
                .query(rs -> {
                    String id = rs.getString(1);
                    try {
                        ids.add(Long.parseLong(id));
                    } catch (NumberFormatException e) {
                        log.warn("审计日志中的试题标识不是数字, 已跳过: {}", id);
                    }
                });
        return ids;
    }
}
