package org.qbank.bank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * 题库查重: every near-duplicate pair already in the bank, each pair once. Save and import only compare the item
 * in hand with the bank, and only warn; items stored despite a warning, or before the detector knew a rule, are
 * found here, for someone to mark 不是重复题 (never listed again) or 互斥题 (kept off one paper) or to retire one.
 * Every item of the scope is checked as a probe with the same two stages as {@link NearDuplicateDetector}, its
 * candidates confined to the scope.
 */
@Service
public class DuplicateSweep {

    private final SearchIndex index;
    private final MarkLookup marks;

    @Autowired
    public DuplicateSweep(SearchIndex index, PairMarks marks) {
        this(index, (MarkLookup) marks);
    }

    DuplicateSweep(SearchIndex index, MarkLookup marks) {
        this.index = index;
        this.marks = marks;
    }

    /** Which items to sweep: one institution's, optionally one occupation's and one level's. */
    public record Scope(long institutionId, String occupationCode, Level level) {
    }

    /** One pair of stored items; {@code itemA < itemB}. {@code mark} is 互斥 when so marked, else null. */
    public record Pair(long itemA, String codeA, long itemB, String codeB, DuplicateClass kind, double score,
                       String reason, PairMarkKind mark) {
    }

    /**
     * Items joined by pairs of one kind: one question stored three times is one group of three, and a calculation
     * written with ten sets of numbers is one group of ten 变体 rather than 45 pairs. {@code pairs} closest first.
     */
    public record Group(DuplicateClass kind, List<Long> items, List<Pair> pairs) {

        public Pair closest() {
            return pairs.get(0);
        }

        /** The item's 试题编码, as the pairs carry it. */
        public String codeOf(long itemId) {
            for (Pair p : pairs) {
                if (p.itemA() == itemId) {
                    return p.codeA();
                }
                if (p.itemB() == itemId) {
                    return p.codeB();
                }
            }
            return null;
        }

        /** Every pair of the group is marked 互斥. */
        public boolean allEnemies() {
            return pairs.stream().allMatch(p -> p.mark() == PairMarkKind.ENEMIES);
        }
    }

    /** The pairs found, 重复 first, then 变体, then 疑似改写, closest first within each; and how many items were checked. */
    public record Result(Scope scope, int items, List<Pair> pairs, Duration took) {

        public long count(DuplicateClass kind) {
            return pairs.stream().filter(p -> p.kind() == kind).count();
        }

        /** The pairs joined into groups per kind (connected items), in the pairs' order of kind, largest first. */
        public List<Group> groups() {
            Map<DuplicateClass, List<Pair>> byKind = new java.util.EnumMap<>(DuplicateClass.class);
            pairs.forEach(p -> byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p));
            List<Group> out = new ArrayList<>();
            byKind.forEach((kind, of) -> {
                Map<Long, Long> parent = new java.util.HashMap<>();
                of.forEach(p -> parent.put(root(parent, p.itemA()), root(parent, p.itemB())));
                Map<Long, List<Pair>> grouped = new LinkedHashMap<>();
                of.forEach(p -> grouped.computeIfAbsent(root(parent, p.itemA()), r -> new ArrayList<>()).add(p));
                List<Group> groups = new ArrayList<>();
                grouped.values().forEach(ps -> groups.add(new Group(kind, ps.stream()
                        .flatMap(p -> java.util.stream.Stream.of(p.itemA(), p.itemB())).distinct().sorted().toList(),
                        List.copyOf(ps))));
                groups.sort(Comparator.comparingInt((Group g) -> g.items().size()).reversed()
                        .thenComparing(g -> g.closest().score(), Comparator.reverseOrder())
                        .thenComparingLong(g -> g.items().get(0)));
                out.addAll(groups);
            });
            return out;
        }

        private static long root(Map<Long, Long> parent, long item) {
            long r = item;
            while (parent.containsKey(r) && parent.get(r) != r) {
                r = parent.get(r);
            }
            parent.putIfAbsent(item, r);
            return r;
        }
    }

    public Result sweep(Actor actor, Scope scope) {
        actor.requireInstitution(scope.institutionId(), "机构", scope.institutionId());
        long start = System.nanoTime();
        return index.read(searcher -> {
            Query within = within(scope);
            List<DupCodec.Candidate> items = itemsOf(searcher, scope, within, null);
            // Items are independent probes: checked on all cores (searchers are thread-safe).
            List<List<Pair>> found = IntStream.range(0, items.size()).parallel()
                    .mapToObj(i -> pairsOf(searcher, scope, within, items.get(i))).toList();
            Map<String, Pair> once = new LinkedHashMap<>();
            found.forEach(list -> list.forEach(p -> once.putIfAbsent(p.itemA() + ":" + p.itemB(), p)));
            List<Pair> pairs = new ArrayList<>(once.values());
            pairs.sort(Comparator.comparing(Pair::kind).thenComparing(Pair::score, Comparator.reverseOrder())
                    .thenComparingLong(Pair::itemA).thenComparingLong(Pair::itemB));
            return new Result(scope, items.size(), List.copyOf(pairs), Duration.ofNanos(System.nanoTime() - start));
        });
    }

    /**
     * The pairs of {@code kind} among {@code items} as the sweep finds them — what a listed group stands for, found
     * again from its items alone (pairs marked 不是重复题 are left out, as in the sweep). Items outside the scope
     * take no part.
     */
    public List<Pair> pairsAmong(Actor actor, Scope scope, Collection<Long> items, DuplicateClass kind) {
        actor.requireInstitution(scope.institutionId(), "机构", scope.institutionId());
        Set<Long> among = Set.copyOf(items);
        if (among.isEmpty()) {
            return List.of();
        }
        return index.read(searcher -> {
            Query within = within(scope);
            Query only = new TermInSetQuery(IndexField.ID.field(),
                    among.stream().map(id -> new BytesRef(Long.toString(id))).toList());
            Map<String, Pair> once = new LinkedHashMap<>();
            for (DupCodec.Candidate c : itemsOf(searcher, scope, within, only)) {
                for (Pair p : pairsOf(searcher, scope, within, c)) {
                    if (p.kind() == kind && among.contains(p.itemA()) && among.contains(p.itemB())) {
                        once.putIfAbsent(p.itemA() + ":" + p.itemB(), p);
                    }
                }
            }
            return List.copyOf(once.values());
        });
    }

    private List<Pair> pairsOf(IndexSearcher searcher, Scope scope, Query within, DupCodec.Candidate item) {
        try {
            List<DuplicateMatch> matches = NearDuplicateDetector.find(searcher, item.view(), scope.institutionId(),
                    item.itemId(), within);
            if (matches.isEmpty()) {
                return List.of();
            }
            Map<Long, PairMarkKind> marked = marks.marks(scope.institutionId(), item.itemId(),
                    matches.stream().map(DuplicateMatch::itemId).toList());
            List<Pair> out = new ArrayList<>();
            for (DuplicateMatch m : matches) {
                PairMarkKind mark = marked.get(m.itemId());
                if (mark == PairMarkKind.NOT_DUPLICATE) {
                    continue;
                }
                boolean first = item.itemId() < m.itemId();
                out.add(new Pair(first ? item.itemId() : m.itemId(), first ? item.itemCode() : m.itemCode(),
                        first ? m.itemId() : item.itemId(), first ? m.itemCode() : item.itemCode(), m.kind(), m.score(),
                        m.reason(), mark));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every item of the scope (and of {@code only}, when given) with its normalised content, read from the index's
     * doc values in index order.
     */
    private static List<DupCodec.Candidate> itemsOf(IndexSearcher searcher, Scope scope, Query within, Query only)
            throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexField.INSTITUTION.field(), Long.toString(scope.institutionId()))), Occur.FILTER);
        if (within != null) {
            q.add(within, Occur.FILTER);
        }
        if (only != null) {
            q.add(only, Occur.FILTER);
        }
        int max = Math.max(1, searcher.getIndexReader().maxDoc());
        ScoreDoc[] hits = searcher.search(q.build(), max).scoreDocs;
        int[] docs = java.util.Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
        List<DupCodec.Candidate> out = new ArrayList<>(docs.length);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leaf = -1;
        BinaryDocValues values = null;
        for (int doc : docs) {
            int li = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
            if (li != leaf) {
                leaf = li;
                values = leaves.get(li).reader().getBinaryDocValues(IndexField.DUP_DATA.field());
            }
            if (values != null && values.advanceExact(doc - leaves.get(li).docBase)) {
                out.add(DupCodec.decode(values.binaryValue().utf8ToString()));
            }
        }
        return out;
    }

    /** The scope's filters beyond the institution, or null. */
    private static Query within(Scope scope) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        boolean any = false;
        if (scope.occupationCode() != null && !scope.occupationCode().isBlank()) {
            q.add(new TermQuery(new Term(IndexField.OCCUPATION.field(), scope.occupationCode().strip())), Occur.FILTER);
            any = true;
        }
        if (scope.level() != null) {
            q.add(new TermQuery(new Term(IndexField.LEVEL.field(), Integer.toString(scope.level().number()))), Occur.FILTER);
            any = true;
        }
        return any ? q.build() : null;
    }
}
