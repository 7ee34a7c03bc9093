package org.qbank.bank.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
class AuditLogIT {

    private static final AtomicLong NEXT_INSTITUTION = new AtomicLong(9_000_000);

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    long institution;
    Actor actor;

    @BeforeEach
    void fiveEntries() {
        institution = NEXT_INSTITUTION.incrementAndGet();
        actor = new Actor(7, "writer1", Set.of(Role.ITEM_WRITER, Role.INSTITUTION_ADMIN), Set.of(institution));
        tx.executeWithoutResult(s -> audit.openChain(institution));
        for (int i = 1; i <= 5; i++) {
            int n = i;
            tx.executeWithoutResult(s -> audit.record(AuditEvent.of(institution, actor, "ITEM_EDITED", "item", "Q" + n)
                    .withVersion(n).withHashes("a".repeat(64), "b".repeat(64)).withDetail("修改题干 " + n)));
        }
    }

    @Test
    void theHistoryOfSeveralEntitiesComesInChainOrder() {
        tx.executeWithoutResult(s -> audit.record(AuditEvent.of(institution, actor, "PAPER_VIEWED", "paper", "Q2")));
        assertThat(audit.historyOf(actor, institution, "item", java.util.List.of("Q4", "Q2", "Q9")))
                .extracting(AuditRecord::seq).containsExactly(2L, 4L);
        assertThat(audit.historyOf(actor, institution, "paper", java.util.List.of("Q2")))
                .extracting(AuditRecord::action).containsExactly("PAPER_VIEWED");
        assertThat(audit.historyOf(actor, institution, "item", java.util.List.of())).isEmpty();
    }

    @Test
    void anUntouchedChainVerifies() {
        AuditVerification v = audit.verify(institution, null);
        assertThat(v.problems()).isEmpty();
        assertThat(v.entriesChecked()).isEqualTo(5);
        assertThat(v.headSeq()).isEqualTo(5);
    }

    @Test
    void aModifiedRowIsDetected() {
        jdbc.sql("UPDATE audit_entry SET detail = '篡改' WHERE institution_id = ? AND seq = 3").param(institution).update();
        AuditVerification v = audit.verify(institution, null);
        assertThat(v.intact()).isFalse();
        assertThat(v.problems()).anySatisfy(p -> {
            assertThat(p.seq()).isEqualTo(3);
            assertThat(p.reason()).contains("修改");
        });
    }

    @Test
    void anInsertedRowIsDetected() {
        jdbc.sql("UPDATE audit_entry SET seq = seq + 1 WHERE institution_id = ? AND seq >= 4 ORDER BY seq DESC")
                .param(institution).update();
        jdbc.sql("""
                INSERT INTO audit_entry (institution_id, seq, at, actor_id, actor_name, action, entity_type, entity_id,
                  prev_hash, entry_hash) SELECT institution_id, 4, at, actor_id, actor_name, 'FORGED', entity_type,
                  entity_id, entry_hash, entry_hash FROM audit_entry WHERE institution_id = ? AND seq = 3""")
                .param(institution).update();
        assertThat(audit.verify(institution, null).problems()).anySatisfy(p -> assertThat(p.seq()).isEqualTo(4));
    }

    @Test
    void aDeletedMiddleRowIsDetected() {
        jdbc.sql("DELETE FROM audit_entry WHERE institution_id = ? AND seq = 2").param(institution).update();
        AuditVerification v = audit.verify(institution, null);
        assertThat(v.problems()).anySatisfy(p -> assertThat(p.reason()).contains("缺少序号 2"));
    }

    @Test
    void aDeletedLastRowIsDetectedThroughTheHead() {
        jdbc.sql("DELETE FROM audit_entry WHERE institution_id = ? AND seq = 5").param(institution).update();
        AuditVerification v = audit.verify(institution, null);
        assertThat(v.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("链头"));
    }

    @Test
    void aRewrittenChainIsCaughtByAnEarlierCheckpoint() {
        AuditCheckpoint cp = audit.checkpoint(actor, institution);
        assertThat(cp.seq()).isEqualTo(5);
        // Rewrite the tail consistently (hash and head recomputed), as an insider with database access could.
        jdbc.sql("DELETE FROM audit_entry WHERE institution_id = ? AND seq = 5").param(institution).update();
        String prev = jdbc.sql("SELECT entry_hash FROM audit_entry WHERE institution_id = ? AND seq = 4")
                .param(institution).query(String.class).single();
        jdbc.sql("UPDATE audit_chain_head SET seq = 4, head_hash = ? WHERE institution_id = ?")
                .params(prev, institution).update();
        assertThat(audit.verify(institution, null).problems()).isEmpty();
        assertThat(audit.verify(institution, cp).problems())
                .anySatisfy(p -> assertThat(p.reason()).contains("检查点"));
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() {
        try {
            tx.executeWithoutResult(s -> {
                audit.record(AuditEvent.of(institution, actor, "ITEM_EDITED", "item", "Q9"));
                throw new IllegalStateException("rollback");
            });
        } catch (IllegalStateException expected) {
            // the change failed
        }
        assertThat(audit.verify(institution, null).entriesChecked()).isEqualTo(5);
        assertThat(audit.history(actor, institution, "item", "Q9")).isEmpty();
    }

    @Test
    void aBatchAppendContinuesTheSameVerifiableChain() {
        java.util.List<AuditEvent> events = new java.util.ArrayList<>();
        for (int i = 6; i <= 105; i++) {
            events.add(AuditEvent.of(institution, actor, "ITEM_IMPORTED", "item", "Q" + i).withVersion(1));
        }
        java.util.List<AuditRecord> written = tx.execute(s -> audit.recordAll(institution, events));
        assertThat(written).hasSize(100);
        assertThat(written.get(0).seq()).isEqualTo(6);
        AuditVerification v = audit.verify(institution, null);
        assertThat(v.problems()).isEmpty();
        assertThat(v.entriesChecked()).isEqualTo(105);
        assertThat(v.headSeq()).isEqualTo(105);
        tx.executeWithoutResult(s -> audit.record(AuditEvent.of(institution, actor, "ITEM_EDITED", "item", "Q6")));
        assertThat(audit.verify(institution, null).problems()).isEmpty();
    }
}
