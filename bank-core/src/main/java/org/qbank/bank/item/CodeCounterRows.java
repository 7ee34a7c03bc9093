package org.qbank.bank.item;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a 试题编码 counter row in a transaction of its own. Creating it inside the creator's transaction after
 * an UPDATE that found nothing makes InnoDB take gap locks, and two first creators then deadlock on the INSERT.
 */
@Component
class CodeCounterRows {

    private final JdbcClient jdbc;

    CodeCounterRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensure(long institutionId, String prefix) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM item_code_counter WHERE institution_id = ? AND prefix = ?")
                .params(institutionId, prefix).query(Long.class).single() > 0;
        if (exists) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO item_code_counter (institution_id, prefix, last_value) VALUES (?, ?, 0)")
                    .params(institutionId, prefix).update();
        } catch (DuplicateKeyException openedConcurrently) {
            // another creator made it first: it is there now, which is all we need
        }
    }
}
