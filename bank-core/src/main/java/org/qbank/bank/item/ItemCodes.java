package org.qbank.bank.item;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out generated 试题编码 ({@link ItemCode#generated}). One counter row per institution and prefix; the
 * UPDATE locks it until the caller's transaction ends, so concurrent creators get distinct numbers, and the
 * unique key on (institution, code) stays the final guard. Numbers taken by imported codes are skipped.
 */
@Component
class ItemCodes {

    private final JdbcClient jdbc;
    private final CodeCounterRows counters;

    ItemCodes(JdbcClient jdbc, CodeCounterRows counters) {
        this.jdbc = jdbc;
        this.counters = counters;
    }

    /** Makes sure the counter row exists before any locking UPDATE touches it (see {@link CodeCounterRows}). */
    private void ensureCounter(long institutionId, String prefix) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM item_code_counter WHERE institution_id = ? AND prefix = ?")
                .params(institutionId, prefix).query(Long.class).single() > 0;
        if (!exists) {
            counters.ensure(institutionId, prefix);
        }
    }

    /**
     * {@code count} fresh codes of one prefix, reserved with one counter update (plus one more round per
     * collision with imported codes): the bulk path's way of numbering thousands of items.
     */
    java.util.List<ItemCode> nextBlock(long institutionId, String prefix, int count) {
        java.util.List<ItemCode> out = new java.util.ArrayList<>(count);
        while (out.size() < count) {
            int wanted = count - out.size();
            long last = reserve(institutionId, prefix, wanted);
            java.util.List<String> candidates = new java.util.ArrayList<>(wanted);
            for (long v = last - wanted + 1; v <= last; v++) {
                candidates.add(ItemCode.generated(prefix, v).value());
            }
            java.util.Set<String> taken = idsByCode(institutionId, candidates).keySet();
            candidates.stream().filter(c -> !taken.contains(c)).map(ItemCode::of).forEach(out::add);
        }
        return out;
    }

    /**
     * Ids of the institution's items with these codes, by code. Selected by code alone (index ix_item_code) and
     * the institution checked on the rows found: with both in the WHERE clause H2 walks the institution's items
     * for every statement (V133).
     */
    java.util.Map<String, Long> idsByCode(long institutionId, java.util.Collection<String> codes) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("SELECT id, institution_id, code FROM item WHERE code IN (:c)").param("c", codes)
                    .query((rs, n) -> rs.getLong(2) == institutionId ? ids.put(rs.getString(3), rs.getLong(1)) : null).list();
        }
        return ids;
    }

    private long reserve(long institutionId, String prefix, int count) {
        ensureCounter(institutionId, prefix);
        jdbc.sql("UPDATE item_code_counter SET last_value = last_value + ? WHERE institution_id = ? AND prefix = ?")
                .params(count, institutionId, prefix).update();
        return jdbc.sql("SELECT last_value FROM item_code_counter WHERE institution_id = ? AND prefix = ?")
                .params(institutionId, prefix).query(Long.class).single();
    }

    ItemCode next(long institutionId, String prefix) {
        ensureCounter(institutionId, prefix);
        while (true) {
            jdbc.sql("UPDATE item_code_counter SET last_value = last_value + 1 WHERE institution_id = ? AND prefix = ?")
                    .params(institutionId, prefix).update();
            long value = jdbc.sql("SELECT last_value FROM item_code_counter WHERE institution_id = ? AND prefix = ?")
                    .params(institutionId, prefix).query(Long.class).single();
            ItemCode code = ItemCode.generated(prefix, value);
            boolean taken = jdbc.sql("SELECT COUNT(*) FROM item WHERE institution_id = ? AND code = ?")
                    .params(institutionId, code.value()).query(Long.class).single() > 0;
            if (!taken) {
                return code;
            }
        }
    }
}
