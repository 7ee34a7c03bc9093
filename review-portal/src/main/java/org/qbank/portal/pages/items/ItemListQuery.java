package org.qbank.portal.pages.items;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.search.ItemSearch;
import org.qbank.bank.search.SearchHit;
import org.qbank.bank.search.SearchQuery;
import org.qbank.bank.search.SearchResult;
import org.qbank.bank.search.SearchSort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The writer's list: items of the caller's institutions, filtered through the search index — full text (words of
 * stem, options, 鉴定点 name, analysis, or an exact 试题编码), type, level, status of the latest version, 鉴定点 code
 * (and everything under it), "mine" — with facet counts over all matches. The index chooses and orders the page
 * (by relevance with text, newest first without); the rows shown are then read from the database, the truth.
 */
@Component
class ItemListQuery {

    static final int PAGE_SIZE = 50;

    /** One line of the list. {@code snippet}: HTML-escaped stem with the matched words in {@code <mark>}. */
    record Row(long id, String code, ItemType type, Level level, ItemStatus status, int version, String text,
               String pointCode, String pointName, String snippet) {
    }

    /** The filters; null or blank means any. {@code page} counts from 0. */
    record Filter(ItemType type, Integer level, ItemStatus status, String point, String q, boolean mine, int page) {
    }

    /** One page of rows, the number of matches and their counts by 题型, 等级 and 状态 (display name → count). */
    record Page(List<Row> rows, long total, int page, int pageSize, Map<String, Map<String, Long>> facets) {

        public boolean hasNext() {
            return (long) (page + 1) * pageSize < total;
        }
    }

    private final ItemSearch search;
    private final NamedParameterJdbcTemplate jdbc;

    ItemListQuery(ItemSearch search, NamedParameterJdbcTemplate jdbc) {
        this.search = search;
        this.jdbc = jdbc;
    }

    Page find(Actor actor, Filter f) {
        if (actor.institutionIds().isEmpty()) {
            return new Page(List.of(), 0, 0, PAGE_SIZE, Map.of());
        }
        boolean text = f.q() != null && !f.q().isBlank();
        SearchResult r = search.search(actor, new SearchQuery(f.q(), actor.institutionIds(), null, f.level(), null,
                f.type() == null ? null : f.type().displayName(), f.status() == null ? null : f.status().displayName(),
                f.point(), null, text ? SearchSort.RELEVANCE : SearchSort.RECENTLY_CHANGED, Math.max(0, f.page()),
                PAGE_SIZE, f.mine() ? actor.userId() : null));
        return new Page(rows(r.hits()), r.total(), r.page(), PAGE_SIZE, r.facets());
    }

    /** The hits' current rows, in the index's order; an item removed since it was indexed is left out. */
    private List<Row> rows(List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> byId = new HashMap<>();
        Map<Long, String> snippets = new HashMap<>();
        hits.forEach(h -> snippets.put(h.itemId(), h.snippet()));
        jdbc.query("""
                SELECT i.id, i.code, i.type, i.level, v.status, v.number, COALESCE(v.stem, v.task_name) AS text,
                       n.code AS point_code, n.name AS point_name
                FROM item i
                JOIN item_version v ON v.item_id = i.id AND v.number = i.latest_version_no
                LEFT JOIN knowledge_node n ON n.id = i.knowledge_point_id
                WHERE i.id IN (:ids)""", Map.of("ids", hits.stream().map(SearchHit::itemId).toList()), rs -> {
            long id = rs.getLong("id");
            byId.put(id, new Row(id, rs.getString("code"), ItemType.valueOf(rs.getString("type")),
                    Level.ofNumber(rs.getInt("level")), ItemStatus.valueOf(rs.getString("status")),
                    rs.getInt("number"), rs.getString("text"), rs.getString("point_code"), rs.getString("point_name"),
                    snippets.get(id)));
        });
        List<Row> out = new ArrayList<>(hits.size());
        hits.forEach(h -> Optional.ofNullable(byId.get(h.itemId())).ifPresent(out::add));
        return out;
    }

    /** The 细目表 a 鉴定点 belongs to. */
    @Transactional(readOnly = true)
    Optional<Long> treeOf(long knowledgePointId) {
        return jdbc.getJdbcTemplate().query("SELECT tree_id FROM knowledge_node WHERE id = ?",
                (rs, n) -> rs.getLong(1), knowledgePointId).stream().findFirst();
    }
}
