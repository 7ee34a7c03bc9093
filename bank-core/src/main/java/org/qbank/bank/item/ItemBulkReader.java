package org.qbank.bank.item;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.usage.UsageCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads many items at once, page by page in id order (keyset paging: pass the last id of a page to get the next).
 * Each page costs a fixed handful of queries whatever its size — the items with their usage, then their latest and
 * current versions with options, pictures, rubric rows and preparation lists — instead of several per item as
 * {@link ItemService#get} would. For exports and other whole-bank reads.
 */
@Service
public class ItemBulkReader {

    public static final int MAX_PAGE_SIZE = 2000;

    private final JdbcClient jdbc;
    private final ItemVersionStore versions;
    private final ItemCodes codes;

    ItemBulkReader(JdbcClient jdbc, ItemVersionStore versions, ItemCodes codes) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.codes = codes;
    }

    /**
     * Up to {@code size} items of the institution matching {@code filter} whose id is greater than {@code afterId},
     * in id order; an empty list when there are no more. Any role of the institution may read.
     */
    @Transactional(readOnly = true)
    public List<ItemRecord> page(Actor actor, long institutionId, ItemFilter filter, long afterId, int size) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw RuleViolationException.of("size", "每页 1 到 " + MAX_PAGE_SIZE + " 条");
        }
        List<Object> params = new ArrayList<>();
        String where = ItemList.where(institutionId, filter, params) + " AND i.id > ?";
        params.add(afterId);
        // Ordered by (institution, id) so H2 reads ix_item_institution_id in order and stops after the page,
        // instead of sorting every later item of the institution for each page.
        return read(where + " ORDER BY i.institution_id, i.id LIMIT " + size, params);
    }

    /**
     * The institution's items with these 试题编码 (at most {@value #MAX_PAGE_SIZE} codes per call), retired ones
     * included, in id order; codes not in the bank are simply absent. Any role of the institution may read.
     */
    @Transactional(readOnly = true)
    public List<ItemRecord> byCodes(Actor actor, long institutionId, Collection<String> codes) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        if (codes.size() > MAX_PAGE_SIZE) {
            throw RuleViolationException.of("codes", "每次至多 " + MAX_PAGE_SIZE + " 个试题编码");
        }
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Object> ids = new ArrayList<>(this.codes.idsByCode(institutionId, codes).values());
        if (ids.isEmpty()) {
            return List.of();
        }
        return read(" WHERE i.id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") ORDER BY i.id", ids);
    }

    /**
     * The 试题编码 of the institution's active items whose latest version has one of these content hashes (at most
     * {@value #MAX_PAGE_SIZE} per call), by hash: how an import finds rows that are already in the bank word for
     * word. Hashes nothing matches are absent.
     */
    @Transactional(readOnly = true)
    public Map<String, List<ItemCode>> codesByContentHash(Actor actor, long institutionId, Collection<String> hashes) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        if (hashes.size() > MAX_PAGE_SIZE) {
            throw RuleViolationException.of("hashes", "每次至多 " + MAX_PAGE_SIZE + " 个内容哈希");
        }
        Map<String, List<ItemCode>> out = new HashMap<>();
        if (hashes.isEmpty()) {
            return out;
        }
        // By hash alone (ix_item_version_hash), institution and retirement checked on the rows found: see V133.
        jdbc.sql("SELECT v.content_hash, i.code, i.institution_id, i.retired_at FROM item_version v"
                        + " JOIN item i ON i.id = v.item_id AND v.number = i.latest_version_no"
                        + " WHERE v.content_hash IN (:hashes) ORDER BY i.code")
                .param("hashes", hashes).query((rs, n) -> {
                    if (rs.getLong(3) == institutionId && rs.getObject(4) == null) {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(ItemCode.of(rs.getString(2)));
                    }
                    return null;
                }).list();
        return out;
    }

    private List<ItemRecord> read(String whereAndOrder, List<Object> params) {
        List<Row> rows = jdbc.sql("""
                SELECT i.id, i.institution_id, i.code, i.occupation_id, i.work_type_id, i.level, i.subject, i.type,
                       i.knowledge_point_id, i.author, i.source, i.enemy_group, i.created_at, i.retired_at,
                       i.lock_version, v.id AS latest_id, c.id AS current_id,
                       u.papers, u.sessions, u.candidates, u.last_issued_at
                FROM item i
                JOIN item_version v ON v.item_id = i.id AND v.number = i.latest_version_no
                LEFT JOIN item_version c ON c.item_id = i.id AND c.number = i.current_version_no
                LEFT JOIN item_usage u ON u.item_id = i.id"""
                + whereAndOrder)
                .params(params).query((rs, n) -> new Row(
                        new ItemView(rs.getLong("id"), rs.getLong("institution_id"), ItemCode.of(rs.getString("code")),
                                rs.getLong("occupation_id"), rs.getObject("work_type_id", Long.class),
                                Level.ofNumber(rs.getInt("level")), Subject.valueOf(rs.getString("subject")),
                                ItemType.valueOf(rs.getString("type")), rs.getLong("knowledge_point_id"),
                                rs.getString("author"), rs.getString("source"), rs.getString("enemy_group"),
                                ItemVersionStore.instant(rs, "created_at"), ItemVersionStore.instant(rs, "retired_at"),
                                rs.getLong("lock_version"), null, null),
                        rs.getLong("latest_id"), rs.getObject("current_id", Long.class),
                        new UsageCounts(rs.getInt("papers"), rs.getInt("sessions"), rs.getInt("candidates"),
                                ItemVersionStore.instant(rs, "last_issued_at"))))
                .list();
        Set<Long> versionIds = new LinkedHashSet<>();
        rows.forEach(r -> {
            versionIds.add(r.latestId());
            if (r.currentId() != null) {
                versionIds.add(r.currentId());
            }
        });
        Map<Long, ItemVersionView> byId = new HashMap<>();
        versions.byIds(versionIds).forEach(v -> byId.put(v.id(), v));
        return rows.stream().map(r -> r.record(byId)).toList();
    }

    /** An item row before its versions are attached. */
    private record Row(ItemView bare, long latestId, Long currentId, UsageCounts usage) {

        ItemRecord record(Map<Long, ItemVersionView> versions) {
            ItemView b = bare;
            ItemView full = new ItemView(b.id(), b.institutionId(), b.code(), b.occupationId(), b.workTypeId(), b.level(),
                    b.subject(), b.type(), b.knowledgePointId(), b.author(), b.source(), b.enemyGroup(), b.createdAt(),
                    b.retiredAt(), b.lockVersion(), versions.get(latestId), currentId == null ? null : versions.get(currentId));
            return new ItemRecord(full, usage);
        }
    }
}
