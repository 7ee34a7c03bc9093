package org.qbank.portal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.search.ItemSearch;
import org.qbank.bank.search.NearDuplicateDetector;
import org.qbank.bank.search.SearchDocument;
import org.qbank.bank.search.SearchQuery;
import org.qbank.bank.search.SearchSort;
import org.qbank.bank.search.SearchSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Full-text search over the caller's institutions and the near-duplicate check of a saved item or an unsaved
 * draft. Both read the search index, which follows the database within seconds.
 */
@RestController
@RequestMapping("/api/v1/items")
class SearchController {

    private final ItemSearch search;
    private final NearDuplicateDetector detector;
    private final SearchSource items;

    SearchController(ItemSearch search, NearDuplicateDetector detector, SearchSource items) {
        this.search = search;
        this.detector = detector;
        this.items = items;
    }

    /**
     * Items matching {@code q} (words of the stem, options, 鉴定点 name, analysis, or an exact 试题编码) and the
     * filters. {@code sort}: relevance, least-used or recent; {@code page} from 0, {@code size} 1..100.
     * {@code institutionId} narrows the caller's institutions; another institution answers 404.
     */
    @GetMapping("/search")
    @PreAuthorize("isAuthenticated()")
    SearchDtos.Page search(Actor actor, @RequestParam(required = false) String q,
                           @RequestParam(required = false) Set<Long> institutionId,
                           @RequestParam(required = false) String occupation,
                           @RequestParam(required = false) Integer level,
                           @RequestParam(required = false) String subject,
                           @RequestParam(required = false) String type,
                           @RequestParam(required = false) String status,
                           @RequestParam(required = false) String point,
                           @RequestParam(required = false) String author,
                           @RequestParam(defaultValue = "relevance") String sort,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size) {
        return SearchDtos.Page.of(search.search(actor, new SearchQuery(q, institutionId, blankToNull(occupation), level,
                subject(subject), type(type), status(status), blankToNull(point), blankToNull(author), sort(sort),
                page, size)));
    }

    /**
     * The existing items of the item's institution that ask the same thing (DUPLICATE) or are the same stem
     * with other options, key or numbers (VARIANT), closest first; pairs marked 不是重复题 are left out.
     */
    @PostMapping("/near-duplicates")
    @PreAuthorize("isAuthenticated()")
    List<SearchDtos.Match> nearDuplicates(Actor actor, @Valid @RequestBody SearchDtos.NearDuplicateRequest r) {
        if ((r.itemId() == null) == (r.draft() == null)) {
            throw RuleViolationException.of("itemId", "请指定 itemId (已保存的试题) 或 draft (未保存的草稿), 二者选一");
        }
        SearchDocument probe = r.itemId() != null
                ? items.load(r.itemId()).orElseThrow(() -> NotFoundException.of("试题", r.itemId()))
                : draft(r.draft());
        return detector.check(actor, probe).stream().map(SearchDtos.Match::of).toList();
    }

    /**
     * The items filed under the item's 鉴定点 that share most words with it, closest first ({@code size} 1..100,
     * default 5): where a reworded duplicate that the near-duplicate check cannot prove is to be found.
     */
    @GetMapping("/{id}/neighbours")
    @PreAuthorize("isAuthenticated()")
    List<SearchDtos.Hit> neighbours(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "5") int size) {
        SearchDocument d = items.load(id).orElseThrow(() -> NotFoundException.of("试题", id));
        return search.neighbours(actor, d.institutionId(), d.knowledgePointCode(), id, d.stem(), d.options().values(), size).stream()
                .map(SearchDtos.Hit::of).toList();
    }

    private static SearchDocument draft(SearchDtos.Draft d) {
        ItemType type = ItemType.parse(d.type())
                .orElseThrow(() -> RuleViolationException.of("draft.type", "未知题型: " + d.type()));
        Map<String, String> options = new LinkedHashMap<>();
        if (d.options() != null) {
            d.options().forEach(o -> options.put(o.label().strip(), o.text() == null ? "" : o.text()));
        }
        return new SearchDocument(d.itemId() == null ? 0 : d.itemId(), d.institutionId(), "", "", 0, "",
                type.displayName(), "", "", "", "", d.stem(), options, d.key(), "", 0, java.time.Instant.EPOCH);
    }

    private static SearchSort sort(String s) {
        return switch (s.strip().toLowerCase()) {
            case "relevance" -> SearchSort.RELEVANCE;
            case "least-used" -> SearchSort.LEAST_USED;
            case "recent" -> SearchSort.RECENTLY_CHANGED;
            default -> throw RuleViolationException.of("sort", "排序方式须为 relevance、least-used 或 recent: " + s);
        };
    }

    /** The index holds display names (单选题, 草稿, 理论知识); the API accepts those or the enum names. */
    private static String type(String t) {
        return t == null || t.isBlank() ? null : ItemType.parse(t)
                .orElseThrow(() -> RuleViolationException.of("type", "未知题型: " + t)).displayName();
    }

    private static String status(String s) {
        return s == null || s.isBlank() ? null : ItemStatus.parse(s)
                .orElseThrow(() -> RuleViolationException.of("status", "未知状态: " + s)).displayName();
    }

    private static String subject(String s) {
        return s == null || s.isBlank() ? null : Subject.parse(s)
                .orElseThrow(() -> RuleViolationException.of("subject", "未知科目: " + s)).displayName();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
