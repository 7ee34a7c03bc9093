package org.qbank.tools.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Subject;
import org.qbank.bank.hash.Sha256;
import org.qbank.bank.item.ContentHash;
import org.qbank.bank.item.ItemBulkReader;
import org.qbank.bank.item.ItemCode;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.search.BatchDuplicates;
import org.qbank.bank.search.DuplicateClass;
import org.qbank.bank.search.DuplicateMatch;
import org.qbank.bank.search.ItemSearch;
import org.qbank.bank.search.NearDuplicateDetector;
import org.qbank.bank.search.SearchDocument;
import org.qbank.bank.search.SearchQuery;
import org.qbank.tools.importing.DuplicateFindings;
import org.qbank.tools.importing.DuplicateFindings.Kind;
import org.qbank.tools.importing.DuplicateFindings.Pair;
import org.qbank.tools.importing.DuplicateFindings.Place;
import org.qbank.tools.importing.ImportReport;
import org.qbank.tools.importing.ParsedBank;
import org.qbank.tools.importing.SkillTask;
import org.qbank.tools.importing.TheoryItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks for the rows of an accepted upload that the bank (or the upload itself) already has: word for word in the
 * bank by content hash, then near-duplicates and variants through bank-core's {@link NearDuplicateDetector} — in
 * the search index (when this process can read one) and among the upload's own rows. A row that re-imports its own
 * 试题编码 is never reported against itself. Run after validation and before storing, timed on its own clock.
 */
@Service
public class DuplicateFinder {

    private static final int CHUNK = 1000;

    private final ItemBulkReader reader;
    private final NearDuplicateDetector detector;
    private final ItemSearch search;

    DuplicateFinder(ItemBulkReader reader, NearDuplicateDetector detector, ItemSearch search) {
        this.reader = reader;
        this.detector = detector;
        this.search = search;
    }

    /** One row of the upload as the checks see it. */
    private record Row(String sheet, int row, String code, String hash, SearchDocument document) {
    }

    @Transactional(readOnly = true)
    public DuplicateFindings find(Actor actor, long institutionId, ParsedBank bank, ImportReport report) {
        long start = System.nanoTime();
        List<String> codes = Stream.concat(bank.theoryItems().stream().map(TheoryItem::code),
                bank.skillTasks().stream().map(SkillTask::code)).filter(c -> c != null).toList();
        KnownItems known = KnownItems.read(reader, actor, institutionId, codes);
        List<Row> rows = new ArrayList<>();
        for (TheoryItem i : bank.theoryItems()) {
            var content = ContentMapper.theory(i, i.images().stream().map(img -> Sha256.hex(img.data())).toList());
            rows.add(new Row(report.theorySheet(), i.row(), nz(i.code()), ContentHash.of(content),
                    document(institutionId, known.get(i.code()), i.code(), i.occupationCode(), i.level().number(),
                            Subject.THEORY, i.type().displayName(), i.pointCode(), i.stem(),
                            options(i.options()), i.answer(), i.explanation())));
        }
        for (SkillTask t : bank.skillTasks()) {
            rows.add(new Row(report.skillSheet(), t.row(), nz(t.code()), ContentHash.of(ContentMapper.skill(t)),
                    document(institutionId, known.get(t.code()), t.code(), t.occupationCode(), t.level().number(),
                            Subject.SKILL, "操作技能试题", t.pointCode(), t.name() + "\n" + t.tasks(), Map.of(), "", "")));
        }
        List<Pair> pairs = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        exactInBank(actor, institutionId, rows, pairs, reported);
        long indexed = search.search(actor, SearchQuery.text("").withInstitutions(Set.of(institutionId)).withPage(0, 1)).total();
        BatchDuplicates near = detector.scan(actor, institutionId, rows.stream().map(Row::document).toList());
        for (BatchDuplicates.Finding f : near.findings()) {
            Row r = rows.get(f.index());
            for (DuplicateMatch m : f.inBank()) {
                if (!m.itemCode().equals(r.code()) && reported.add(r.row() + "|" + r.sheet() + "|" + m.itemCode())) {
                    pairs.add(new Pair(r.sheet(), r.row(), r.code(), kind(m.kind()), Place.BANK, 0, m.itemCode(),
                            m.score(), m.reason()));
                }
            }
            for (BatchDuplicates.Peer p : f.inBatch()) {
                Row other = rows.get(p.index());
                pairs.add(new Pair(r.sheet(), r.row(), r.code(), kind(p.kind()), Place.FILE, other.row(), other.code(),
                        p.score(), p.reason()));
            }
        }
        return new DuplicateFindings(indexed, (System.nanoTime() - start) / 1e9, pairs);
    }

    private void exactInBank(Actor actor, long institutionId, List<Row> rows, List<Pair> pairs, Set<String> reported) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, List<ItemCode>> found = reader.codesByContentHash(actor, institutionId,
                    chunk.stream().map(Row::hash).distinct().toList());
            for (Row r : chunk) {
                for (ItemCode c : found.getOrDefault(r.hash(), List.of())) {
                    if (!c.value().equals(r.code()) && reported.add(r.row() + "|" + r.sheet() + "|" + c.value())) {
                        pairs.add(new Pair(r.sheet(), r.row(), r.code(), Kind.EXACT, Place.BANK, 0, c.value(), 1.0,
                                "题干、选项和答案完全相同"));
                    }
                }
            }
        }
    }

    private static SearchDocument document(long institutionId, ItemView stored, String code, String occupationCode,
                                           int level, Subject subject, String type, String pointCode, String stem,
                                           Map<String, String> options, String key, String analysis) {
        // A re-imported code carries its stored id, so the bank's copy of the same item is not reported.
        return new SearchDocument(stored == null ? 0 : stored.id(), institutionId, code, occupationCode, level,
                subject.displayName(), type, "", pointCode, "", "", stem, options, key, analysis, 0, Instant.EPOCH);
    }

    private static Map<String, String> options(List<String> texts) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int n = 0; n < texts.size(); n++) {
            m.put(String.valueOf((char) ('A' + n)), texts.get(n));
        }
        return m;
    }

    private static Kind kind(DuplicateClass c) {
        return switch (c) {
            case DUPLICATE -> Kind.DUPLICATE;
            case POSSIBLE_REWORDING -> Kind.POSSIBLE_REWORDING;
            default -> Kind.VARIANT;
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
