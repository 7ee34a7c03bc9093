package org.qbank.assembly.paper;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qbank.assembly.paper.Paper.PaperScope;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of papers, their items and issued fingerprints (JDBC; the tables of V200). */
@Repository
class Papers {

    private final JdbcClient jdbc;

    Papers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Paper p, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO paper (institution_id, occupation_code, work_type, level_number, subject, blueprint_name,
                  status, fingerprint, item_count, max_earlier_overlap, look_back_months, created_at, option_seed, spare,
                  version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(p.institutionId(), p.scope().occupationCode(), p.scope().workType(), p.scope().level().number(),
                        p.scope().subject().name(), p.blueprintName(), p.status().name(), p.fingerprint().hex(),
                        p.items().size(), p.maxEarlierOverlap(), p.lookBackMonths(), utc(now), p.optionSeed(), p.spare())
                .update(key, "id");
        long id = key.getKey().longValue();
        for (PaperItem i : p.items()) {
            jdbc.sql("INSERT INTO paper_item (paper_id, position, item_id, item_code, version_id, option_order, points) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, i.position(), i.itemId(), i.itemCode(), i.versionId(), i.optionOrder(), i.points())
                    .update();
        }
        return id;
    }

    Optional<Paper> find(long id) {
        return load("SELECT * FROM paper WHERE id = ?", id);
    }

    /** The live (ISSUED or USED) paper of a session for a level and subject (the unique key allows one). */
    Optional<Paper> forSession(long sessionId, int level, String subject) {
        return jdbc.sql("SELECT id FROM paper WHERE active_session_id = ? AND level_number = ? AND subject = ?")
                .params(sessionId, level, subject).query(Long.class).optional().flatMap(this::find);
    }

    /** Every paper ever issued to a session (voided ones and their replacements), in issue order. */
    List<Paper> allForSession(long sessionId) {
        return jdbc.sql("SELECT id FROM paper WHERE session_id = ? ORDER BY issued_at, id").param(sessionId)
                .query(Long.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    /** The institution's 备用卷 not issued yet (spare drafts), oldest first. */
    List<Paper> spares(long institutionId) {
        return jdbc.sql("SELECT id FROM paper WHERE institution_id = ? AND spare = TRUE AND status = 'DRAFT' ORDER BY id")
                .param(institutionId).query(Long.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    /** Loads and row-locks the paper for a state change. */
    Optional<Paper> lock(long id) {
        return load("SELECT * FROM paper WHERE id = ? FOR UPDATE", id);
    }

    private Optional<Paper> load(String sql, long id) {
        List<PaperItem> items = jdbc.sql("SELECT position, item_id, item_code, version_id, option_order, points FROM paper_item WHERE paper_id = ? ORDER BY position")
                .param(id).query((rs, n) -> new PaperItem(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), points(rs.getBigDecimal(6)))).list();
        return jdbc.sql(sql).param(id).query((rs, n) -> map(rs, items)).optional();
    }

    /** Writes the state a transition produced; a concurrent change in between is a conflict. */
    void saveState(Paper p) {
        int rows = jdbc.sql("""
                UPDATE paper SET status = ?, session_id = ?, void_reason = ?, issued_at = ?, closed_at = ?,
                  replaces_paper_id = ?, version = version + 1 WHERE id = ? AND version = ?""")
                .params(p.status().name(), p.sessionId(), p.voidReason(), utc(p.issuedAt()), utc(p.closedAt()),
                        p.replacesPaperId(), p.id(), p.version())
                .update();
        if (rows == 0) {
            throw ConflictException.staleVersion("试卷", p.id(), p.version(), -1);
        }
    }

    void deleteDraft(long id) {
        jdbc.sql("DELETE FROM paper_item WHERE paper_id = ?").param(id).update();
        jdbc.sql("DELETE FROM paper WHERE id = ? AND status = 'DRAFT'").param(id).update();
    }

    boolean fingerprintIssued(long institutionId, String fingerprint) {
        return jdbc.sql("SELECT COUNT(*) FROM issued_fingerprint WHERE institution_id = ? AND fingerprint = ?")
                .params(institutionId, fingerprint).query(Long.class).single() > 0;
    }

    void insertFingerprint(long institutionId, String fingerprint, long paperId, Instant at) {
        jdbc.sql("INSERT INTO issued_fingerprint (institution_id, fingerprint, paper_id, issued_at) VALUES (?, ?, ?, ?)")
                .params(institutionId, fingerprint, paperId, utc(at)).update();
    }

    List<IssuedFingerprint> fingerprints(long institutionId) {
        return jdbc.sql("SELECT paper_id, fingerprint, issued_at FROM issued_fingerprint WHERE institution_id = ? ORDER BY id")
                .param(institutionId)
                .query((rs, n) -> new IssuedFingerprint(rs.getLong(1), rs.getString(2), instant(rs, 3))).list();
    }

    /** Item ids of the ISSUED, USED and VOIDED papers of a scope issued at or after {@code since}, by paper id. */
    Map<Long, List<Long>> issuedItems(long institutionId, PaperScope scope, Instant since) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.id, pi.item_id FROM paper p JOIN paper_item pi ON pi.paper_id = p.id
                WHERE p.institution_id = ? AND p.occupation_code = ? AND p.work_type = ? AND p.level_number = ?
                  AND p.subject = ? AND p.status IN ('ISSUED', 'USED', 'VOIDED') AND p.issued_at >= ?
                ORDER BY p.id""")
                .params(institutionId, scope.occupationCode(), scope.workType(), scope.level().number(),
                        scope.subject().name(), utc(since))
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return out;
    }

    private static Paper map(ResultSet rs, List<PaperItem> items) throws SQLException {
        long session = rs.getLong("session_id");
        Long sessionId = rs.wasNull() ? null : session;
        PaperScope scope = new PaperScope(rs.getString("occupation_code"), rs.getString("work_type"),
                Level.ofNumber(rs.getInt("level_number")), Subject.valueOf(rs.getString("subject")));
        return new Paper(rs.getLong("id"), rs.getLong("institution_id"), scope, rs.getString("blueprint_name"), items,
                rs.getBigDecimal("max_earlier_overlap"), rs.getInt("look_back_months"),
                PaperStatus.valueOf(rs.getString("status")), sessionId, rs.getString("void_reason"),
                instant(rs, "issued_at"), instant(rs, "closed_at"), rs.getLong("version"),
                rs.getObject("option_seed") == null ? null : rs.getLong("option_seed"), rs.getBoolean("spare"),
                rs.getObject("replaces_paper_id") == null ? null : rs.getLong("replaces_paper_id"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Points as drawn: DECIMAL(6, 1) reads 30 as 30.0, so the database's trailing zero goes. */
    private static BigDecimal points(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal plain = stored.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
