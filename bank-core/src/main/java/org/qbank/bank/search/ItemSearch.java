package org.qbank.bank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException;
import org.springframework.stereotype.Service;

/**
 * Full-text item search, always scoped to the caller's institutions: free text over stem, options, 鉴定点 name
 * and analysis (or an exact 试题编码), keyword filters, highlighted stem snippets, paging, three sort orders and
 * facet counts by type, level and status.
 */
@Service
public class ItemSearch {

    public static final int MAX_PAGE_SIZE = 100;
    static final List<IndexField> FACETS = List.of(IndexField.TYPE, IndexField.LEVEL, IndexField.STATUS);
    private static final Set<String> HIT_FIELDS = java.util.stream.Stream.of(IndexField.ID, IndexField.INSTITUTION,
            IndexField.ITEM_CODE, IndexField.TYPE, IndexField.LEVEL, IndexField.STATUS, IndexField.KP_CODE,
            IndexField.KP_NAME, IndexField.USAGE, IndexField.UPDATED).map(IndexField::field)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final SearchIndex index;
    private final Analyzer queryAnalyzer = ItemAnalyzers.query();
    private final Analyzer indexAnalyzer = ItemAnalyzers.index();

    public ItemSearch(SearchIndex index) {
        this.index = index;
    }

    public SearchResult search(Actor actor, SearchQuery q) {
        if (q.page() < 0 || q.size() < 1 || q.size() > MAX_PAGE_SIZE) {
            throw RuleViolationException.of("size", "页码须 ≥ 0, 每页 1 到 " + MAX_PAGE_SIZE + " 条");
        }
        Query query = filtered(textQuery(q.text()), q, Scope.of(actor, q.institutionIds()));
        return index.read(s -> run(s, query, q));
    }

    private SearchResult run(IndexSearcher s, Query query, SearchQuery q) throws IOException {
        int n = (q.page() + 1) * q.size();
        FacetsCollectorManager.FacetsResult r = q.sort() == SearchSort.RELEVANCE
                ? FacetsCollectorManager.search(s, query, n, new FacetsCollectorManager())
                : FacetsCollectorManager.search(s, query, n, sort(q.sort()), true, new FacetsCollectorManager());
        TopDocs top = r.topDocs();
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(q.page() * q.size(), top.scoreDocs.length),
                top.scoreDocs.length);
        String[] snippets = page.length == 0 ? new String[0] : UnifiedHighlighter.builder(s, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withMaxNoHighlightPassages(1)
                .build()
                .highlight(IndexField.STEM.field(), query, new TopDocs(top.totalHits, page), 1);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = s.storedFields().document(page[i].doc, HIT_FIELDS);
            hits.add(new SearchHit(Long.parseLong(d.get(IndexField.ID.field())),
                    Long.parseLong(d.get(IndexField.INSTITUTION.field())), d.get(IndexField.ITEM_CODE.field()),
                    d.get(IndexField.TYPE.field()), Integer.parseInt(d.get(IndexField.LEVEL.field())),
                    d.get(IndexField.STATUS.field()), d.get(IndexField.KP_CODE.field()),
                    d.get(IndexField.KP_NAME.field()), snippets[i], Float.isNaN(page[i].score) ? 0 : page[i].score,
                    d.getField(IndexField.USAGE.field()).numericValue().intValue(),
                    Instant.ofEpochMilli(d.getField(IndexField.UPDATED.field()).numericValue().longValue())));
        }
        long total = r.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        return new SearchResult(total, q.page(), q.size(), hits, facets(s, r.facetsCollector(), total));
    }

    /** Facet ordinal maps of the current reader; rebuilt only when a refresh brings a new reader. */
    private volatile FacetStates facetStates;

    private record FacetStates(IndexReader reader, Map<IndexField, StringDocValuesReaderState> states) {
    }

    private StringDocValuesReaderState facetState(IndexReader reader, IndexField f) throws IOException {
        FacetStates current = facetStates;
        if (current == null || current.reader() != reader) {
            Map<IndexField, StringDocValuesReaderState> states = new java.util.EnumMap<>(IndexField.class);
            for (IndexField facet : FACETS) {
                states.put(facet, new StringDocValuesReaderState(reader, facet.field()));
            }
            current = new FacetStates(reader, states);
            facetStates = current;
        }
        return current.states().get(f);
    }

    private Map<String, Map<String, Long>> facets(IndexSearcher s, FacetsCollector fc, long total)
            throws IOException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (IndexField f : FACETS) {
            Map<String, Long> counts = new LinkedHashMap<>();
            if (total > 0) {
                FacetResult fr = new StringValueFacetCounts(facetState(s.getIndexReader(), f), fc)
                        .getTopChildren(50, f.field());
                if (fr != null) {
                    for (LabelAndValue lv : fr.labelValues) {
                        counts.put(lv.label, lv.value.longValue());
                    }
                }
            }
            out.put(f.field(), counts);
        }
        return out;
    }

    /** Each word must match in some text field (three quarters of them for long queries); an exact code wins. */
    Query textQuery(String text) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        List<String> words = analyze(text);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String w : words) {
            all.add(new DisjunctionMaxQuery(List.of(
                    new BoostQuery(new TermQuery(new Term(IndexField.STEM.field(), w)), 3f),
                    new BoostQuery(new TermQuery(new Term(IndexField.KP_NAME.field(), w)), 2f),
                    new BoostQuery(new TermQuery(new Term(IndexField.OPTIONS.field(), w)), 1.5f),
                    new TermQuery(new Term(IndexField.ANALYSIS.field(), w))), 0.1f), Occur.SHOULD);
        }
        all.setMinimumNumberShouldMatch(words.size() <= 2 ? words.size() : (int) Math.ceil(words.size() * 0.75));
        return new BooleanQuery.Builder()
                .add(all.build(), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(IndexField.ITEM_CODE.field(), text.strip())), 10f), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }

    /** Words of the probe used for {@link #neighbours}: enough for a long stem with its options. */
    static final int NEIGHBOUR_WORDS = 64;

    /**
     * The items of one institution filed under one 鉴定点 that share most words with an item's stem (a skill task's
     * name and tasks) and options, the item {@code selfId} excluded, closest first. Unlike {@link #search} no share of the
     * words is required: a reworded question keeps few of them. This is what reviewers read beside an item to catch
     * the rewordings that near-duplicate detection cannot prove (docs/search.md).
     */
    public List<SearchHit> neighbours(Actor actor, long institutionId, String knowledgePointCode, long selfId,
                                      String stem, java.util.Collection<String> options, int n) {
        if (n < 1 || n > MAX_PAGE_SIZE) {
            throw RuleViolationException.of("size", "每页 1 到 " + MAX_PAGE_SIZE + " 条");
        }
        StringBuilder text = new StringBuilder(stem == null ? "" : stem);
        options.forEach(o -> text.append('\n').append(o == null ? "" : o));
        List<String> words = analyze(text.toString()).stream().distinct().limit(NEIGHBOUR_WORDS).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String w : words) {
            any.add(new DisjunctionMaxQuery(List.of(
                    new BoostQuery(new TermQuery(new Term(IndexField.STEM.field(), w)), 2f),
                    new TermQuery(new Term(IndexField.OPTIONS.field(), w))), 0.1f), Occur.SHOULD);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(any.build(), Occur.MUST)
                .add(Scope.of(actor, Set.of(institutionId)).filter(), Occur.FILTER)
                .add(new TermQuery(new Term(IndexField.ID.field(), Long.toString(selfId))), Occur.MUST_NOT);
        if (knowledgePointCode != null && !knowledgePointCode.isBlank()) {
            b.add(new TermQuery(new Term(IndexField.KP_CODE.field(), knowledgePointCode.strip())), Occur.FILTER);
        }
        SearchQuery page = new SearchQuery(null, Set.of(institutionId), null, null, null, null, null, null, null,
                SearchSort.RELEVANCE, 0, n);
        Query query = b.build();
        return index.read(s -> run(s, query, page)).hits();
    }

    private static Query filtered(Query text, SearchQuery q, Scope scope) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST).add(scope.filter(), Occur.FILTER);
        term(b, IndexField.OCCUPATION, q.occupationCode());
        term(b, IndexField.LEVEL, q.level() == null ? null : q.level().toString());
        term(b, IndexField.SUBJECT, q.subject());
        term(b, IndexField.TYPE, q.type());
        term(b, IndexField.STATUS, q.status());
        if (q.knowledgePointCode() != null && !q.knowledgePointCode().isBlank()) {
            b.add(new PrefixQuery(new Term(IndexField.KP_CODE.field(), q.knowledgePointCode().strip())), Occur.FILTER);
        }
        term(b, IndexField.AUTHOR, q.author());
        term(b, IndexField.CREATOR, q.createdBy() == null ? null : q.createdBy().toString());
        return b.build();
    }

    private static void term(BooleanQuery.Builder b, IndexField f, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(f.field(), value.strip())), Occur.FILTER);
        }
    }

    private static Sort sort(SearchSort s) {
        SortField recent = new SortField(IndexField.UPDATED.field(), SortField.Type.LONG, true);
        return s == SearchSort.LEAST_USED
                ? new Sort(new SortField(IndexField.USAGE.field(), SortField.Type.LONG), recent)
                : new Sort(recent);
    }

    private List<String> analyze(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = queryAnalyzer.tokenStream(IndexField.STEM.field(), text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The institutions a query may see: the caller's, optionally narrowed; never another tenant's. */
    record Scope(Set<Long> institutionIds) {

        static Scope of(Actor actor, Set<Long> requested) {
            Set<Long> ids = requested.isEmpty() ? actor.institutionIds() : requested;
            if (ids.isEmpty()) {
                throw RuleViolationException.of("institutionIds", "请指定要检索的机构");
            }
            ids.forEach(id -> actor.requireInstitution(id, "机构", id));
            return new Scope(Set.copyOf(ids));
        }

        Query filter() {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            institutionIds.forEach(id -> b.add(new TermQuery(new Term(IndexField.INSTITUTION.field(), id.toString())), Occur.SHOULD));
            return b.build();
        }
    }
}
