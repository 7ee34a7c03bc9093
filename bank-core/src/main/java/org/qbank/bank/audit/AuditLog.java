package org.qbank.bank.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.hash.Sha256;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log. Appends join the caller's transaction, so a rolled-back change leaves no entry;
 * the chain head row is locked while appending, which serialises writers of one institution. There is no
 * update or delete here, nor anywhere else.
 */
@Service
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final int PAGE = 2000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditRecord record(AuditEvent e) {
        Head head = lockHead(e.institutionId());
        // Whole seconds: Connector/J takes MariaDB for "MySQL 5.5" and drops fractions, which would break the hash.
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long seq = head.seq() + 1;
        Actor a = e.actor();
        String detail = e.detail() == null ? null : truncate(e.detail(), 2000);
        String entryHash = hash(head.hash(), e.institutionId(), seq, at, a.userId(), a.username(), e.action(),
                e.entityType(), e.entityId(), e.entityVersion(), e.beforeHash(), e.afterHash(), detail);
        jdbc.sql("""
                INSERT INTO audit_entry (institution_id, seq, at, actor_id, actor_name, action, entity_type, entity_id,
                  entity_version, before_hash, after_hash, detail, prev_hash, entry_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.institutionId(), seq, utc(at), a.userId(), a.username(), e.action(), e.entityType(),
                        e.entityId(), e.entityVersion(), e.beforeHash(), e.afterHash(), detail, head.hash(), entryHash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET seq = ?, head_hash = ?, updated_at = ? WHERE institution_id = ?")
                .params(seq, entryHash, utc(at), e.institutionId()).update();
        return new AuditRecord(e.institutionId(), seq, at, a.userId(), a.username(), e.action(), e.entityType(),
                e.entityId(), e.entityVersion(), e.beforeHash(), e.afterHash(), detail, head.hash(), entryHash);
    }

    /**
     * Appends several events of one institution in order, as one locked head update and one batched insert — the
     * bulk path for imports, where a round trip per entry would dominate. Same chain as {@link #record}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AuditRecord> recordAll(long institutionId, List<AuditEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Head head = lockHead(institutionId);
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<AuditRecord> out = new ArrayList<>(events.size());
        List<Object[]> rows = new ArrayList<>(events.size());
        String prev = head.hash();
        long seq = head.seq();
        for (AuditEvent e : events) {
            if (e.institutionId() != institutionId) {
                throw new IllegalArgumentException("audit batch mixes institutions " + institutionId + " and " + e.institutionId());
            }
            seq++;
            Actor a = e.actor();
            String detail = e.detail() == null ? null : truncate(e.detail(), 2000);
            String entryHash = hash(prev, institutionId, seq, at, a.userId(), a.username(), e.action(), e.entityType(),
                    e.entityId(), e.entityVersion(), e.beforeHash(), e.afterHash(), detail);
            rows.add(new Object[]{institutionId, seq, utc(at), a.userId(), a.username(), e.action(), e.entityType(),
                    e.entityId(), e.entityVersion(), e.beforeHash(), e.afterHash(), detail, prev, entryHash});
            out.add(new AuditRecord(institutionId, seq, at, a.userId(), a.username(), e.action(), e.entityType(),
                    e.entityId(), e.entityVersion(), e.beforeHash(), e.afterHash(), detail, prev, entryHash));
            prev = entryHash;
        }
        batch.batchUpdate("INSERT INTO audit_entry (institution_id, seq, at, actor_id, actor_name, action, entity_type,"
                + " entity_id, entity_version, before_hash, after_hash, detail, prev_hash, entry_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.sql("UPDATE audit_chain_head SET seq = ?, head_hash = ?, updated_at = ? WHERE institution_id = ?")
                .params(seq, prev, utc(at), institutionId).update();
        return out;
    }

    /** Creates the chain of a new institution; idempotent. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void openChain(long institutionId) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM audit_chain_head WHERE institution_id = ?")
                .param(institutionId).query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("INSERT INTO audit_chain_head (institution_id, seq, head_hash, updated_at) VALUES (?, 0, ?, ?)")
                    .params(institutionId, GENESIS, utc(clock.instant())).update();
        }
    }

    @Transactional(readOnly = true)
    public AuditCheckpoint checkpoint(Actor actor, long institutionId) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        Head head = readHead(institutionId).orElse(new Head(0, GENESIS));
        return new AuditCheckpoint(institutionId, head.seq(), head.hash(), clock.instant());
    }

    /** Walks the whole chain; optionally checks that it still contains a checkpoint taken earlier. */
    @Transactional(readOnly = true)
    public AuditVerification verify(long institutionId, AuditCheckpoint checkpoint) {
        List<AuditVerification.Problem> problems = new ArrayList<>();
        Head head = readHead(institutionId).orElse(null);
        String prev = GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        boolean checkpointSeen = checkpoint == null || checkpoint.seq() == 0;
        List<AuditRecord> page;
        long after = 0;
        do {
            page = page(institutionId, after);
            for (AuditRecord r : page) {
                checked++;
                if (r.seq() != expectedSeq) {
                    problems.add(new AuditVerification.Problem(expectedSeq,
                            "缺少序号 " + expectedSeq + " (下一条为 " + r.seq() + "): 记录被删除"));
                }
                if (!r.prevHash().equals(prev)) {
                    problems.add(new AuditVerification.Problem(r.seq(), "前一哈希不符: 之前的记录被删除、插入或修改"));
                }
                if (!r.computeHash().equals(r.entryHash())) {
                    problems.add(new AuditVerification.Problem(r.seq(), "内容与哈希不符: 记录被修改"));
                }
                if (checkpoint != null && r.seq() == checkpoint.seq()) {
                    checkpointSeen = true;
                    if (!r.entryHash().equals(checkpoint.headHash())) {
                        problems.add(new AuditVerification.Problem(r.seq(), "与 " + checkpoint.takenAt() + " 的检查点不符: 链被重写"));
                    }
                }
                prev = r.entryHash();
                expectedSeq = r.seq() + 1;
                after = r.seq();
            }
        } while (page.size() == PAGE);
        long headSeq = head == null ? 0 : head.seq();
        if (head == null && checked > 0) {
            problems.add(new AuditVerification.Problem(0, "链头记录缺失"));
        } else if (head != null && (head.seq() != expectedSeq - 1 || !head.hash().equals(prev))) {
            problems.add(new AuditVerification.Problem(head.seq(), "链头 (序号 " + head.seq() + ") 与最后一条记录 (序号 "
                    + (expectedSeq - 1) + ") 不符: 末尾记录被删除或追加"));
        }
        if (!checkpointSeen) {
            problems.add(new AuditVerification.Problem(checkpoint.seq(), "检查点序号 " + checkpoint.seq() + " 已不在链中: 记录被删除"));
        }
        return new AuditVerification(institutionId, checked, headSeq, List.copyOf(problems));
    }

    /** Entries about one entity, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> history(Actor actor, long institutionId, String entityType, String entityId) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        return jdbc.sql("SELECT * FROM audit_entry WHERE institution_id = ? AND entity_type = ? AND entity_id = ? ORDER BY seq")
                .params(institutionId, entityType, entityId).query(AuditLog::map).list();
    }

    /**
     * Entries about several entities of one type (e.g. the papers of a batch's sessions), in chain order, oldest
     * first; no ids → no entries. Same access rule as {@link #history}.
     */
    @Transactional(readOnly = true)
    public List<AuditRecord> historyOf(Actor actor, long institutionId, String entityType, Collection<String> entityIds) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        if (entityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM audit_entry WHERE institution_id = :i AND entity_type = :t AND entity_id IN (:ids) ORDER BY seq")
                .param("i", institutionId).param("t", entityType).param("ids", List.copyOf(Set.copyOf(entityIds)))
                .query(AuditLog::map).list();
    }

    /** Newest entries of an institution, for the portal and exports. */
    @Transactional(readOnly = true)
    public List<AuditRecord> recent(Actor actor, long institutionId, int limit) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        if (!actor.hasAny(Role.INSTITUTION_ADMIN, Role.EXAM_ADMIN, Role.INSPECTOR, Role.PLATFORM_ADMIN)) {
            throw new org.qbank.bank.common.AccessDeniedException("当前角色无权查看审计日志");
        }
        return jdbc.sql("SELECT * FROM audit_entry WHERE institution_id = ? ORDER BY seq DESC LIMIT ?")
                .params(institutionId, limit).query(AuditLog::map).list();
    }

    private List<AuditRecord> page(long institutionId, long afterSeq) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE institution_id = ? AND seq > ? ORDER BY seq LIMIT " + PAGE)
                .params(institutionId, afterSeq).query(AuditLog::map).list();
    }

    private Head lockHead(long institutionId) {
        Optional<Head> head = jdbc.sql("SELECT seq, head_hash FROM audit_chain_head WHERE institution_id = ? FOR UPDATE")
                .param(institutionId).query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).optional();
        if (head.isPresent()) {
            return head.get();
        }
        try {
            openChain(institutionId);
        } catch (DuplicateKeyException raced) {
            // another writer opened it first; fall through and lock theirs
        }
        return jdbc.sql("SELECT seq, head_hash FROM audit_chain_head WHERE institution_id = ? FOR UPDATE")
                .param(institutionId).query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    private Optional<Head> readHead(long institutionId) {
        return jdbc.sql("SELECT seq, head_hash FROM audit_chain_head WHERE institution_id = ?")
                .param(institutionId).query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).optional();
    }

    private static AuditRecord map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Integer version = rs.getObject("entity_version") == null ? null : rs.getInt("entity_version");
        return new AuditRecord(rs.getLong("institution_id"), rs.getLong("seq"),
                rs.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getLong("actor_id"),
                rs.getString("actor_name"), rs.getString("action"), rs.getString("entity_type"),
                rs.getString("entity_id"), version, rs.getString("before_hash"), rs.getString("after_hash"),
                rs.getString("detail"), rs.getString("prev_hash"), rs.getString("entry_hash"));
    }

    static String hash(String prev, long institutionId, long seq, Instant at, long actorId, String actorName,
                       String action, String entityType, String entityId, Integer entityVersion, String beforeHash,
                       String afterHash, String detail) {
        String canonical = String.join("\u001f", prev, Long.toString(institutionId), Long.toString(seq),
                at.truncatedTo(ChronoUnit.SECONDS).toString(), Long.toString(actorId), actorName, action, entityType,
                entityId, String.valueOf(entityVersion), String.valueOf(beforeHash), String.valueOf(afterHash),
                String.valueOf(detail));
        return Sha256.hex(canonical);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private record Head(long seq, String hash) {
    }
}
