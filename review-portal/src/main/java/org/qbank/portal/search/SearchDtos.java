package org.qbank.portal.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qbank.bank.search.DuplicateMatch;
import org.qbank.bank.search.DuplicateSweep;
import org.qbank.bank.search.PairMark;
import org.qbank.bank.search.PairMarkKind;
import org.qbank.bank.search.SearchHit;
import org.qbank.bank.search.SearchResult;

/** The wire shapes of the search API. */
final class SearchDtos {

    private SearchDtos() {
    }

    /**
     * One page of results; {@code facets} maps a dimension ({@code type}, {@code level}, {@code status}) to
     * value → count over all matches.
     */
    record Page(long total, int page, int size, List<Hit> hits, Map<String, Map<String, Long>> facets) {

        static Page of(SearchResult r) {
            return new Page(r.total(), r.page(), r.size(), r.hits().stream().map(Hit::of).toList(), r.facets());
        }
    }

    /** {@code snippet} is HTML-escaped stem text with the matched words in {@code <mark>}. */
    record Hit(long itemId, long institutionId, String code, String type, int level, String status,
               String knowledgePointCode, String knowledgePointName, String snippet, float score, int usageCount,
               Instant updatedAt) {

        static Hit of(SearchHit h) {
            return new Hit(h.itemId(), h.institutionId(), h.itemCode(), h.type(), h.level(), h.status(),
                    h.knowledgePointCode(), h.knowledgePointName(), h.snippet(), h.score(), h.usageCount(), h.updatedAt());
        }
    }

    /** Check a saved item ({@code itemId}) or an unsaved {@code draft}: exactly one of them. */
    record NearDuplicateRequest(Long itemId, @Valid Draft draft) {
    }

    /**
     * An unsaved item as the editor holds it. {@code itemId} names the item being edited, so it is not reported
     * as its own duplicate; {@code type} is a 题型 (单选题, SINGLE_CHOICE …); {@code key} as stored (B, ACD, √).
     */
    record Draft(Long itemId, @NotNull(message = "请指定机构") Long institutionId,
                 @NotBlank(message = "请选择题型") String type,
                 @NotBlank(message = "题干不能为空") @Size(max = 20_000) String stem,
                 @Size(max = 26) List<@Valid Option> options, @Size(max = 2000) String key) {
    }

    record Option(@NotBlank(message = "选项标签不能为空") String label, String text) {
    }

    /** {@code kind} DUPLICATE (重复) or VARIANT (变体); {@code mark} ENEMIES when the pair is marked 互斥. */
    record Match(long itemId, String code, String kind, String kindName, double score, String reason, String mark) {

        static Match of(DuplicateMatch m) {
            return new Match(m.itemId(), m.itemCode(), m.kind().name(), m.kind().displayName(), m.score(), m.reason(),
                    m.mark() == null ? null : m.mark().name());
        }
    }

    /** A decision on the pair (this item, {@code otherItemId}). */
    record MarkRequest(@NotNull(message = "请指定另一道试题") Long otherItemId,
                       @NotNull(message = "请选择标记类型 (ENEMIES 或 NOT_DUPLICATE)") PairMarkKind kind,
                       @Size(max = 500, message = "备注不能超过 500 字") String note) {
    }

    record Mark(long institutionId, long itemA, long itemB, String kind, String kindName, String note, long markedBy,
                Instant markedAt) {

        static Mark of(PairMark m) {
            return new Mark(m.institutionId(), m.itemA(), m.itemB(), m.kind().name(), m.kind().displayName(), m.note(),
                    m.markedBy(), m.markedAt());
        }
    }

    /** 题库查重 of one scope: how many items were checked, and the groups of connected near-duplicates. */
    record Sweep(long institutionId, String occupation, Integer level, int items, long pairs, long tookMillis,
                 List<Group> groups) {

        static Sweep of(DuplicateSweep.Result r) {
            return new Sweep(r.scope().institutionId(), r.scope().occupationCode(),
                    r.scope().level() == null ? null : r.scope().level().number(), r.items(), r.pairs().size(),
                    r.took().toMillis(), r.groups().stream().map(Group::of).toList());
        }
    }

    /** Items joined by pairs of one kind; {@code pairs} closest first, each with its reason and 互斥 mark. */
    record Group(String kind, String kindName, List<Long> items, List<GroupPair> pairs) {

        static Group of(DuplicateSweep.Group g) {
            return new Group(g.kind().name(), g.kind().displayName(), g.items(), g.pairs().stream()
                    .map(p -> new GroupPair(p.itemA(), p.codeA(), p.itemB(), p.codeB(), p.score(), p.reason(),
                            p.mark() == null ? null : p.mark().name())).toList());
        }
    }

    record GroupPair(long itemA, String codeA, long itemB, String codeB, double score, String reason, String mark) {
    }

    /** How many items a reindex read back from the database. */
    record Reindexed(Long institutionId, long items) {
    }
}
