package org.qbank.bank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.qbank.bank.access.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Finds the existing items that ask the same thing as a given one. Two stages: Lucene retrieves candidates by
 * the rarest character bigrams of the normalised stem and options (a More-Like-This query on the {@code dup}
 * field), then {@link PairScorer} classifies each candidate precisely. Pairs marked 不是重复题 are dropped.
 */
@Service
public class NearDuplicateDetector {

    /** Rarest bigrams of the probe used in the candidate query. */
    static final int QUERY_TERMS = 32;
    /** Candidates scored precisely per probe. */
    static final int CANDIDATES = 20;
    /** Below this share of the best candidate's Lucene score, candidates are skipped once a duplicate is found. */
    static final float WEAK_CANDIDATE = 0.5f;

    private final SearchIndex index;
    private final MarkLookup marks;

    @Autowired
    public NearDuplicateDetector(SearchIndex index, PairMarks marks) {
        this(index, (MarkLookup) marks);
    }

    NearDuplicateDetector(SearchIndex index, MarkLookup marks) {
        this.index = index;
        this.marks = marks;
    }

    /** The bank's near-duplicates of a new or edited item (itself excluded by id), closest first. */
    public List<DuplicateMatch> check(Actor actor, SearchDocument item) {
        actor.requireInstitution(item.institutionId(), "机构", item.institutionId());
        DupView probe = DupView.of(item);
        return index.read(s -> withMarks(item, find(s, probe, item.institutionId(), item.itemId(), null)));
    }

    /**
     * Near-duplicates of every item of an import batch, in the bank and among the batch's own earlier rows.
     * Items of the batch need not have ids yet.
     */
    public BatchDuplicates scan(Actor actor, long institutionId, List<SearchDocument> batch) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        List<DupView> views = batch.stream().map(DupView::of).toList();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            indexBatch(dir, batch, views, institutionId);
            try (IndexReader reader = DirectoryReader.open(dir)) {
                IndexSearcher own = new IndexSearcher(reader);
                return index.read(bank -> {
                    // Items are independent: checked on all cores (searchers are thread-safe).
                    List<BatchDuplicates.Finding> findings = java.util.stream.IntStream.range(0, batch.size()).parallel()
                            .mapToObj(i -> findingFor(bank, own, batch, views, institutionId, i))
                            .filter(java.util.Objects::nonNull)
                            .sorted(Comparator.comparingInt(BatchDuplicates.Finding::index))
                            .toList();
                    return new BatchDuplicates(List.copyOf(findings));
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BatchDuplicates.Finding findingFor(IndexSearcher bank, IndexSearcher own, List<SearchDocument> batch,
                                               List<DupView> views, long institutionId, int i) {
        try {
            SearchDocument d = batch.get(i);
            List<DuplicateMatch> inBank = withMarks(d, find(bank, views.get(i), institutionId, d.itemId(), null));
            List<BatchDuplicates.Peer> inBatch = new ArrayList<>();
            // Only earlier rows are candidates: each pair of the batch is scored once, from its later row.
            Query earlier = i == 0 ? null : IntPoint.newRangeQuery(IndexField.BATCH_ROW.field(), 0, i - 1);
            for (DuplicateMatch m : i == 0 ? List.<DuplicateMatch>of() : find(own, views.get(i), institutionId, i, earlier)) {
                inBatch.add(new BatchDuplicates.Peer((int) m.itemId(), batch.get((int) m.itemId()).itemCode(),
                        m.kind(), m.score(), m.reason()));
            }
            return inBank.isEmpty() && inBatch.isEmpty() ? null
                    : new BatchDuplicates.Finding(i, d.itemCode(), inBank, inBatch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Candidates from {@code searcher} classified against {@code probe}; never the item {@code selfId}, and only
     * documents matching {@code within} when given.
     */
    static List<DuplicateMatch> find(IndexSearcher searcher, DupView probe, long institutionId, long selfId,
                                     Query within) throws IOException {
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        int terms = 0;
        for (TermQuery t : rarest(searcher.getIndexReader(), probe.gramSet())) {
            like.add(t, Occur.SHOULD);
            terms++;
        }
        if (terms == 0) {
            return List.of();
        }
        BooleanQuery.Builder qb = new BooleanQuery.Builder()
                .add(like.build(), Occur.MUST)
                .add(new TermQuery(new Term(IndexField.INSTITUTION.field(), Long.toString(institutionId))), Occur.FILTER)
                .add(new TermQuery(new Term(IndexField.ID.field(), Long.toString(selfId))), Occur.MUST_NOT);
        if (within != null) {
            qb.add(within, Occur.FILTER);
        }
        BooleanQuery q = qb.build();
        ScoreDoc[] hits = searcher.search(q, CANDIDATES).scoreDocs;
        if (hits.length == 0) {
            return List.of();
        }
        float top = hits[0].score;
        // Doc-values iterators move forward only: read candidates in index order, score them best first.
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt((ScoreDoc h) -> h.doc));
        java.util.Map<Integer, String> data = new java.util.HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        BinaryDocValues values = null;
        for (ScoreDoc sd : byDoc) {
            int li = ReaderUtil.subIndex(sd.doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                values = leaves.get(li).reader().getBinaryDocValues(IndexField.DUP_DATA.field());
            }
            if (values != null && values.advanceExact(sd.doc - leaves.get(li).docBase)) {
                data.put(sd.doc, values.binaryValue().utf8ToString());
            }
        }
        List<DuplicateMatch> out = new ArrayList<>();
        boolean duplicateFound = false;
        for (ScoreDoc sd : hits) {
            // Once a duplicate is in hand, candidates far below the best share too little to be one.
            if (duplicateFound && sd.score < WEAK_CANDIDATE * top) {
                break;
            }
            String encoded = data.get(sd.doc);
            if (encoded == null) {
                continue;
            }
            DupCodec.Candidate other = DupCodec.decode(encoded);
            PairScorer.Verdict v = PairScorer.compare(probe, other.view());
            if (v.kind() != DuplicateClass.NOT_SIMILAR) {
                out.add(new DuplicateMatch(other.itemId(), other.itemCode(), v.kind(), v.score(), v.reason(), null));
                duplicateFound |= v.kind() == DuplicateClass.DUPLICATE;
            }
        }
        out.sort(Comparator.comparing(DuplicateMatch::kind).thenComparing(DuplicateMatch::score, Comparator.reverseOrder()));
        return out;
    }

    /**
     * The probe's rarest bigrams with their term states: each leaf's dictionary is walked with one
     * {@link TermsEnum}, and the states let the query skip a second lookup of the same terms.
     */
    private static List<TermQuery> rarest(IndexReader reader, Set<String> grams) throws IOException {
        IndexReaderContext top = reader.getContext();
        Map<String, TermStates> states = new java.util.HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(IndexField.DUP.field());
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (String g : grams) {
                if (te.seekExact(new BytesRef(g))) {
                    states.computeIfAbsent(g, k -> new TermStates(top))
                            .register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
                }
            }
        }
        return states.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, TermStates> e) -> e.getValue().docFreq())
                        .thenComparing(Map.Entry::getKey))
                .limit(QUERY_TERMS)
                .map(e -> new TermQuery(new Term(IndexField.DUP.field(), e.getKey()), e.getValue()))
                .toList();
    }

    private List<DuplicateMatch> withMarks(SearchDocument item, List<DuplicateMatch> found) {
        if (found.isEmpty() || item.itemId() <= 0) {
            return found;
        }
        Map<Long, PairMarkKind> m = marks.marks(item.institutionId(), item.itemId(),
                found.stream().map(DuplicateMatch::itemId).toList());
        return found.stream()
                .filter(f -> m.get(f.itemId()) != PairMarkKind.NOT_DUPLICATE)
                .map(f -> new DuplicateMatch(f.itemId(), f.itemCode(), f.kind(), f.score(), f.reason(), m.get(f.itemId())))
                .toList();
    }

    private static void indexBatch(ByteBuffersDirectory dir, List<SearchDocument> batch, List<DupView> views,
                                   long institutionId) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ItemAnalyzers.bigrams()))) {
            for (int i = 0; i < batch.size(); i++) {
                SearchDocument d = batch.get(i);
                // The batch row number stands in for the id: new items have none yet.
                Document doc = DocumentMapper.toDupDocument(new SearchDocument(i, institutionId, d.itemCode(),
                        d.occupationCode(), d.level(), d.subject(), d.type(), d.status(), d.knowledgePointCode(),
                        d.knowledgePointName(), d.author(), d.stem(), d.options(), d.key(), d.analysis(),
                        d.usageCount(), d.updatedAt()));
                doc.add(new IntPoint(IndexField.BATCH_ROW.field(), i));
                w.addDocument(doc);
            }
        }
    }
}
