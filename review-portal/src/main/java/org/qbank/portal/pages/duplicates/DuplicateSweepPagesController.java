package org.qbank.portal.pages.duplicates;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeSummary;
import org.qbank.bank.search.DuplicateClass;
import org.qbank.bank.search.DuplicateSweep;
import org.qbank.bank.search.PairMarkKind;
import org.qbank.bank.search.PairMarks;
import org.qbank.bank.search.SearchDocument;
import org.qbank.bank.search.SearchSource;
import org.qbank.portal.pages.Workplace;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 题库查重: every near-duplicate pair already stored in the institution's bank (bank-core's {@link DuplicateSweep}),
 * narrowed to one occupation and level, with the pair marks 不是重复题 and 互斥题 beside each pair.
 */
@Controller
class DuplicateSweepPagesController {

    /** At most this many pairs are listed; the counts cover all. */
    static final int SHOWN = 200;
    static final String READERS = "hasAnyRole('INSTITUTION_ADMIN', 'REVIEWER', 'EXAM_ADMIN', 'ITEM_WRITER')";

    private final DuplicateSweep sweep;
    private final PairMarks marks;
    private final SearchSource items;
    private final KnowledgeTreeService trees;

    DuplicateSweepPagesController(DuplicateSweep sweep, PairMarks marks, SearchSource items, KnowledgeTreeService trees) {
        this.sweep = sweep;
        this.marks = marks;
        this.items = items;
        this.trees = trees;
    }

    /** At most this many items of a group are shown with their stems. */
    static final int ITEMS_SHOWN = 8;

    /** One listed group with what the page shows of its first items. */
    record Row(DuplicateSweep.Group group, List<SearchDocument> shown) {

        public String id() {
            return "group-" + group.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + group.items().get(0);
        }
    }

    @GetMapping("/duplicates")
    @PreAuthorize(READERS)
    String page(Actor actor, @RequestParam(required = false) String occupation,
                @RequestParam(required = false) Level level, @RequestParam(required = false) DuplicateClass kind,
                @RequestParam(required = false) String run, Model model) {
        long institution = Workplace.institutionOf(actor);
        Map<String, String> occupations = new LinkedHashMap<>();
        for (KnowledgeTreeSummary t : trees.list(actor, institution)) {
            occupations.putIfAbsent(t.occupationCode(), t.occupationName());
        }
        model.addAttribute("occupations", occupations);
        model.addAttribute("levels", Arrays.asList(Level.values()));
        model.addAttribute("kinds", List.of(DuplicateClass.DUPLICATE, DuplicateClass.VARIANT,
                DuplicateClass.POSSIBLE_REWORDING));
        model.addAttribute("occupation", occupation);
        model.addAttribute("level", level);
        model.addAttribute("kind", kind);
        model.addAttribute("canMark", actor.hasAny(Role.ITEM_WRITER, Role.REVIEWER, Role.INSTITUTION_ADMIN));
        if (run != null) {
            DuplicateSweep.Result result = sweep.sweep(actor, new DuplicateSweep.Scope(institution, occupation, level));
            List<DuplicateSweep.Group> groups = result.groups().stream()
                    .filter(g -> kind == null || g.kind() == kind).toList();
            Map<Long, SearchDocument> docs = new HashMap<>();
            List<Row> rows = groups.stream().limit(SHOWN).map(g -> new Row(g, g.items().stream().limit(ITEMS_SHOWN)
                    .map(id -> docs.computeIfAbsent(id, i -> items.load(i).orElse(null)))
                    .filter(java.util.Objects::nonNull).toList())).toList();
            model.addAttribute("result", result);
            model.addAttribute("rows", rows);
            model.addAttribute("matching", groups.size());
        }
        return "pages/duplicates/sweep";
    }

    /**
     * Marks every pair of a listed group (or the one pair a reviewer marks beside an item) and returns to the same
     * list or page, which no longer shows pairs marked 不是重复题. The form names the group by its items and kind (not by its pairs, which grow with the square of its
     * size); the pairs are found again among those items, so only pairs the sweep reports are marked.
     */
    @PostMapping("/duplicates/marks")
    @PreAuthorize("hasAnyRole('ITEM_WRITER', 'REVIEWER', 'INSTITUTION_ADMIN')")
    String mark(Actor actor, @RequestParam List<Long> items, @RequestParam DuplicateClass groupKind,
                @RequestParam PairMarkKind markKind, @RequestParam(required = false) String occupation,
                @RequestParam(required = false) Level level, @RequestParam(required = false) DuplicateClass kind,
                @RequestParam(required = false) String back, RedirectAttributes redirect) {
        long institution = Workplace.institutionOf(actor);
        List<DuplicateSweep.Pair> pairs = sweep.pairsAmong(actor, new DuplicateSweep.Scope(institution, occupation, level),
                items, groupKind);
        if (pairs.isEmpty()) {
            redirect.addFlashAttribute("markError", "所选试题之间没有需要标记的相近试题对 (试题 "
                    + items.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("、")) + ")");
        } else {
            marks.markAll(actor, institution, pairs.stream().map(p -> new long[] {p.itemA(), p.itemB()}).toList(),
                    markKind);
            redirect.addFlashAttribute("marked", "已将 " + pairs.size() + " 对试题标记为" + markKind.displayName());
        }
        // a page of this site that sent the form (the reviewer's item page), else the list
        return "redirect:" + (back != null && back.matches("/(?!/)[A-Za-z0-9/_-]*") ? back : list(occupation, level, kind));
    }

    /** The list as it was swept, filters kept. */
    private static String list(String occupation, Level level, DuplicateClass kind) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/duplicates").queryParam("run", "1");
        if (occupation != null && !occupation.isBlank()) {
            b.queryParam("occupation", occupation.strip());
        }
        if (level != null) {
            b.queryParam("level", level.name());
        }
        if (kind != null) {
            b.queryParam("kind", kind.name());
        }
        return b.encode().build().toUriString();
    }
}
