package org.qbank.bank.usage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Usage counts (DOMAIN §8 exposure). {@link #recordIssue} and {@link #recordSat} run inside the caller's
 * transaction (they are part of issuing a paper or closing a session: if that rolls back, so do the counts) and
 * update every affected counter with a handful of set-based statements, whatever the paper's size.
 */
@Service
public class UsageRecorder {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    public UsageRecorder(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /**
     * Counts an issued paper: +1 paper and +1 session for each item and version, last issued = {@code issuedAt}.
     * A paper can be issued once: a second call for the same paper → Conflict. Items or versions outside the
     * institution, or a version not of its item → RuleViolation (and, the transaction rolling back, nothing counted).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordIssue(IssueRecord r) {
        Set<Long> seen = new HashSet<>();
        for (ItemVersionRef ref : r.items()) {
            if (!seen.add(ref.itemId())) {
                throw RuleViolationException.of("items", "试卷中试题重复: " + ref.itemId());
            }
        }
        LocalDateTime at = utc(r.issuedAt());
        try {
            jdbc.sql("INSERT INTO usage_issue (paper_id, institution_id, session_id, issued_at) VALUES (?, ?, ?, ?)")
                    .params(r.paperId(), r.institutionId(), r.sessionId(), at).update();
        } catch (DuplicateKeyException alreadyIssued) {
            throw new ConflictException("paper-issued", "试卷 " + r.paperId() + " 已发放过, 同一试卷不得重复使用");
        }
        batchInsert(r);
        long valid = jdbc.sql("""
                SELECT COUNT(*) FROM usage_issue_item ui
                JOIN item_version v ON v.id = ui.version_id AND v.item_id = ui.item_id
                JOIN item i ON i.id = ui.item_id AND i.institution_id = ?
                WHERE ui.paper_id = ?""").params(r.institutionId(), r.paperId()).query(Long.class).single();
        if (valid != r.items().size()) {
            throw RuleViolationException.of("items", "试卷中有 " + (r.items().size() - valid) + " 道试题或版本不属于本机构");
        }
        jdbc.sql("""
                UPDATE item_usage SET papers = papers + 1, sessions = sessions + 1, last_issued_at = ?
                WHERE item_id IN (SELECT item_id FROM usage_issue_item WHERE paper_id = ?)""")
                .params(at, r.paperId()).update();
        jdbc.sql("""
                UPDATE item_version_usage SET papers = papers + 1, sessions = sessions + 1, last_issued_at = ?
                WHERE version_id IN (SELECT version_id FROM usage_issue_item WHERE paper_id = ?)""")
                .params(at, r.paperId()).update();
    }

    /**
     * Adds {@code candidates} to every item and version of an issued paper once its session has sat it (the
     * paper became USED). Counted once per paper: a second call → Conflict.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSat(long institutionId, long paperId, int candidates) {
        if (candidates < 0) {
            throw RuleViolationException.of("candidates", "考生人数不能为负: " + candidates);
        }
        int n = jdbc.sql("UPDATE usage_issue SET candidates = ?, sat_at = ? WHERE paper_id = ? AND institution_id = ? AND sat_at IS NULL")
                .params(candidates, utc(clock.instant()), paperId, institutionId).update();
        if (n == 0) {
            boolean issued = jdbc.sql("SELECT COUNT(*) FROM usage_issue WHERE paper_id = ? AND institution_id = ?")
                    .params(paperId, institutionId).query(Long.class).single() > 0;
            if (!issued) {
                throw NotFoundException.of("已发放试卷", paperId);
            }
            throw new ConflictException("paper-sat", "试卷 " + paperId + " 的考生人数已计入");
        }
        jdbc.sql("UPDATE item_usage SET candidates = candidates + ? WHERE item_id IN (SELECT item_id FROM usage_issue_item WHERE paper_id = ?)")
                .params(candidates, paperId).update();
        jdbc.sql("UPDATE item_version_usage SET candidates = candidates + ? WHERE version_id IN (SELECT version_id FROM usage_issue_item WHERE paper_id = ?)")
                .params(candidates, paperId).update();
    }

    /** Usage of one item of the institution (zeros when never issued; NotFound for another institution's item). */
    @Transactional(readOnly = true)
    public UsageCounts ofItem(long institutionId, long itemId) {
        return jdbc.sql("""
                SELECT u.papers, u.sessions, u.candidates, u.last_issued_at FROM item_usage u
                JOIN item i ON i.id = u.item_id WHERE u.item_id = ? AND i.institution_id = ?""")
                .params(itemId, institutionId).query(UsageRecorder::counts).optional()
                .orElseThrow(() -> NotFoundException.of("试题", itemId));
    }

    /** Usage of one version. */
    @Transactional(readOnly = true)
    public UsageCounts ofVersion(long institutionId, long versionId) {
        return jdbc.sql("""
                SELECT u.papers, u.sessions, u.candidates, u.last_issued_at FROM item_version_usage u
                JOIN item_version v ON v.id = u.version_id JOIN item i ON i.id = v.item_id
                WHERE u.version_id = ? AND i.institution_id = ?""")
                .params(versionId, institutionId).query(UsageRecorder::counts).optional()
                .orElseThrow(() -> NotFoundException.of("试题版本", versionId));
    }

    private void batchInsert(IssueRecord r) {
        List<Object[]> rows = r.items().stream().map(i -> new Object[]{r.paperId(), i.itemId(), i.versionId()}).toList();
        batch.batchUpdate("INSERT INTO usage_issue_item (paper_id, item_id, version_id) VALUES (?, ?, ?)", rows);
    }

    private static UsageCounts counts(ResultSet rs, int i) throws SQLException {
        LocalDateTime t = rs.getObject(4, LocalDateTime.class);
        return new UsageCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), t == null ? null : t.toInstant(ZoneOffset.UTC));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    }
}
