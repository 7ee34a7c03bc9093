package org.qbank.bank.search;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembered decisions on near-duplicate pairs ("不是重复题", "互斥题"), scoped by institution and audited.
 * A pair is unordered; a new mark replaces the old one.
 */
@Service
public class PairMarks implements MarkLookup {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final SearchSource items;

    public PairMarks(JdbcClient jdbc, AuditLog audit, Clock clock, SearchSource items) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.items = items;
    }

    /**
     * Marks the unordered pair; both items must exist in {@code institutionId}, one of the caller's institutions.
     *
     * @throws org.qbank.bank.common.NotFoundException naming the item that does not exist there (an item of
     *                                                 another institution is reported the same way)
     */
    @Transactional
    public PairMark mark(Actor actor, long institutionId, long itemId, long otherItemId, PairMarkKind kind, String note) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        actor.requireRole("标记重复题", Role.ITEM_WRITER, Role.REVIEWER, Role.INSTITUTION_ADMIN);
        if (itemId == otherItemId) {
            throw RuleViolationException.of("otherItemId", "不能把试题与自身标记为一对");
        }
        requireItemOf(institutionId, itemId);
        requireItemOf(institutionId, otherItemId);
        if (kind == null) {
            throw RuleViolationException.of("kind", "请选择标记类型");
        }
        if (note != null && note.length() > 500) {
            throw RuleViolationException.of("note", "备注不能超过 500 字");
        }
        long a = Math.min(itemId, otherItemId);
        long b = Math.max(itemId, otherItemId);
        LocalDateTime at = LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        int updated = jdbc.sql("""
                UPDATE search_pair_mark SET kind = ?, note = ?, marked_by = ?, marked_at = ?
                WHERE institution_id = ? AND item_a = ? AND item_b = ?""")
                .params(kind.name(), note, actor.userId(), at, institutionId, a, b).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO search_pair_mark (institution_id, item_a, item_b, kind, note, marked_by, marked_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(institutionId, a, b, kind.name(), note, actor.userId(), at).update();
        }
        audit.record(AuditEvent.of(institutionId, actor, "PAIR_MARKED", "item_pair", a + "-" + b)
                .withDetail(kind.displayName() + (note == null ? "" : ": " + note)));
        return new PairMark(institutionId, a, b, kind, note, actor.userId(), at.toInstant(ZoneOffset.UTC));
    }

    /**
     * Marks several pairs at once (a group found by 题库查重), all or none: a pair naming an item that does not
     * exist in {@code institutionId} refuses the whole call and stores nothing.
     */
    @Transactional
    public List<PairMark> markAll(Actor actor, long institutionId, List<long[]> pairs, PairMarkKind kind) {
        if (pairs.isEmpty()) {
            throw RuleViolationException.of("pairs", "请选择要标记的试题对");
        }
        List<PairMark> out = new java.util.ArrayList<>();
        for (long[] p : pairs) {
            out.add(mark(actor, institutionId, p[0], p[1], kind, null));
        }
        return out;
    }

    /** Removes the pair's mark, if any; both items must exist in {@code institutionId}. */
    @Transactional
    public void unmark(Actor actor, long institutionId, long itemId, long otherItemId) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        actor.requireRole("取消重复题标记", Role.ITEM_WRITER, Role.REVIEWER, Role.INSTITUTION_ADMIN);
        requireItemOf(institutionId, itemId);
        requireItemOf(institutionId, otherItemId);
        long a = Math.min(itemId, otherItemId);
        long b = Math.max(itemId, otherItemId);
        int n = jdbc.sql("DELETE FROM search_pair_mark WHERE institution_id = ? AND item_a = ? AND item_b = ?")
                .params(institutionId, a, b).update();
        if (n > 0) {
            audit.record(AuditEvent.of(institutionId, actor, "PAIR_UNMARKED", "item_pair", a + "-" + b));
        }
    }

    /** An item of another institution is "not found" too: its existence is none of the caller's business. */
    private void requireItemOf(long institutionId, long itemId) {
        if (!items.institutionOf(itemId).filter(i -> i == institutionId).isPresent()) {
            throw NotFoundException.of("试题", itemId);
        }
    }

    /** Every 互斥 pair of an institution, for paper assembly. */
    @Transactional(readOnly = true)
    public List<PairMark> enemies(Actor actor, long institutionId) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        return jdbc.sql("SELECT * FROM search_pair_mark WHERE institution_id = ? AND kind = ? ORDER BY item_a, item_b")
                .params(institutionId, PairMarkKind.ENEMIES.name())
                .query((rs, i) -> new PairMark(rs.getLong("institution_id"), rs.getLong("item_a"), rs.getLong("item_b"),
                        PairMarkKind.valueOf(rs.getString("kind")), rs.getString("note"), rs.getLong("marked_by"),
                        rs.getObject("marked_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, PairMarkKind> marks(long institutionId, long itemId, Collection<Long> others) {
        Map<Long, PairMarkKind> out = new HashMap<>();
        if (others.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT item_a, item_b, kind FROM search_pair_mark
                WHERE institution_id = ? AND (item_a = ? OR item_b = ?)""")
                .params(institutionId, itemId, itemId)
                .query(rs -> {
                    long other = rs.getLong(1) == itemId ? rs.getLong(2) : rs.getLong(1);
                    if (others.contains(other)) {
                        out.put(other, PairMarkKind.valueOf(rs.getString(3)));
                    }
                });
        return out;
    }
}
