package org.qbank.portal.pages;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.search.DuplicateMatch;
import org.qbank.bank.search.ItemSearch;
import org.qbank.bank.search.NearDuplicateDetector;
import org.qbank.bank.search.PairMarkKind;
import org.qbank.bank.search.SearchSource;
import org.qbank.bank.search.SearchDocument;
import org.springframework.stereotype.Component;

/**
 * The bank's near-duplicates of one piece of item content — a draft being typed or a version under review —
 * found by bank-core's {@link NearDuplicateDetector}. This class only maps the content to what the detector reads.
 */
@Component
public class NearDuplicates {

    /** At most this many findings are shown beside an item. */
    static final int SHOWN = 5;

    /** At most this many items of the same 鉴定点 are shown beside an item. */
    static final int NEIGHBOURS = 5;

    private final NearDuplicateDetector detector;
    private final ItemSearch search;
    private final SearchSource items;

    public NearDuplicates(NearDuplicateDetector detector, ItemSearch search, SearchSource items) {
        this.detector = detector;
        this.search = search;
        this.items = items;
    }

    /** An item of the same 鉴定点: its code, its stem with the shared words marked (HTML-escaped), its page. */
    public record Neighbour(long itemId, String itemCode, String snippet, String href) {
    }

    /**
     * The items filed under the same 鉴定点 as item {@code itemId} that share most words with {@code content},
     * closest first: a reworded duplicate that the detector cannot prove is almost always among them.
     */
    public List<Neighbour> neighbours(Actor actor, long institutionId, long itemId, ItemContent content) {
        return pointOf(itemId).map(point -> neighbours(actor, institutionId, point, itemId, text(content),
                content.options().stream().map(ItemContent.ChoiceOption::text).toList())).orElse(List.of());
    }

    /** The 鉴定点 code an indexed item is filed under, if it is indexed. */
    public java.util.Optional<String> pointOf(long itemId) {
        return items.load(itemId).map(SearchDocument::knowledgePointCode);
    }

    /**
     * The same for a stem (a skill task's name and tasks) and options about to be filed under the 鉴定点
     * {@code pointCode} (a draft in the editor).
     */
    public List<Neighbour> neighbours(Actor actor, long institutionId, String pointCode, long itemId, String stem,
                                      List<String> options) {
        return search.neighbours(actor, institutionId, pointCode, itemId, stem, options, NEIGHBOURS).stream()
                .map(h -> new Neighbour(h.itemId(), h.itemCode(), h.snippet(), "/items/" + h.itemId() + "/manage"))
                .toList();
    }

    /**
     * One finding as pages show it: score in whole percent, the detector's reason, the item's page, the class as a
     * code ({@code DUPLICATE} …, for the mark forms) and the pair's 互斥 mark if any.
     */
    public record Finding(long itemId, String itemCode, String kind, int percent, String reason, String href,
                          String kindCode, boolean enemies) {
        static Finding of(DuplicateMatch m) {
            return new Finding(m.itemId(), m.itemCode(), m.kind().displayName(), (int) Math.round(m.score() * 100),
                    m.reason(), "/items/" + m.itemId() + "/manage", m.kind().name(), m.mark() == PairMarkKind.ENEMIES);
        }
    }

    /**
     * Near-duplicates of {@code content} among the institution's items, closest first; {@code itemId} (0 for an
     * item not yet saved) is never reported against itself. Content without text finds nothing.
     */
    public List<Finding> of(Actor actor, long institutionId, long itemId, ItemType type, Level level, Subject subject,
                            ItemContent content) {
        String text = text(content);
        if (text.isBlank()) {
            return List.of();
        }
        Map<String, String> options = new LinkedHashMap<>();
        content.options().forEach(o -> options.put(o.label(), o.text() == null ? "" : o.text()));
        String key = content.key() != null ? content.key() : content.referenceAnswer();
        SearchDocument probe = new SearchDocument(itemId, institutionId, null, null, level.number(),
                subject.displayName(), type.displayName(), null, null, null, null, text, options, key,
                content.analysis(), 0, Instant.EPOCH);
        return detector.check(actor, probe).stream().limit(SHOWN).map(Finding::of).toList();
    }

    /** A skill task has no stem: its name and work tasks are what makes two tasks the same, as in the index. */
    private static String text(ItemContent c) {
        if (c.skill() != null) {
            return (c.skill().name() == null ? "" : c.skill().name())
                    + (c.skill().tasks() == null ? "" : "\n" + c.skill().tasks());
        }
        return c.stem() == null ? "" : c.stem();
    }
}
