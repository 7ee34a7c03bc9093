package org.qbank.bench.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.search.BatchDuplicates;
import org.qbank.bank.search.Cmmlu;
import org.qbank.bank.search.DuplicateClass;
import org.qbank.bank.search.DuplicateSweep;
import org.qbank.bank.search.ItemSearch;
import org.qbank.bank.search.NearDuplicateDetector;
import org.qbank.bank.search.SearchDocument;
import org.qbank.bank.search.SearchIndex;
import org.qbank.bank.search.SearchQuery;
import org.qbank.bank.search.SearchSort;
import org.qbank.bank.search.SearchTestKit;

/**
 * Speed of search and near-duplicate detection on a bank of 100,000 items whose text is real Chinese: CMMLU
 * stems and options (test input only, CC BY-NC-SA 4.0) recombined, renumbered and reordered with a fixed seed.
 * Measures a full rebuild, free-text search latency, the near-duplicate check of one item and the scan of a
 * 10,000-item import. Arguments: [items] [import size].
 */
public final class SearchBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static final long SEED = 42;
    static final long INSTITUTION = 1;
    static final Actor ACTOR = new Actor(1, "bench", Set.of(Role.REVIEWER), Set.of(INSTITUTION));

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int importSize = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path data = Path.of(System.getProperty("qbank.testdata", "../shared/testdata"), "cmmlu");
        List<Cmmlu.Question> bank = Cmmlu.load(data);
        Random rnd = new Random(SEED);
        List<SearchDocument> docs = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            docs.add(generate(bank, rnd, i + 1));
        }
        String loadAtStart = Files.readString(Path.of("/proc/loadavg")).trim();
        Path dir = Files.createTempDirectory("qbank-search-bench");
        try (SearchIndex index = SearchTestKit.openIndex(dir)) {
            long t0 = System.nanoTime();
            long c0 = processCpu();
            long indexed = SearchTestKit.rebuild(index, docs);
            double rebuildSeconds = (System.nanoTime() - t0) / 1e9;
            double rebuildCpu = (processCpu() - c0) / 1e9;

            ItemSearch search = SearchTestKit.search(index);
            List<String> queries = queries(bank, rnd, 1_000);
            for (String q : queries.subList(0, 100)) {
                search.search(ACTOR, SearchQuery.text(q)); // warm-up
            }
            long[] searchNanos = new long[queries.size()];
            long[] searchCpu = new long[queries.size()];
            long matched = 0;
            for (int k = 0; k < queries.size(); k++) {
                SearchQuery q = SearchQuery.text(queries.get(k)).withSort(k % 3 == 0 ? SearchSort.LEAST_USED : SearchSort.RELEVANCE);
                long s = System.nanoTime();
                long c = THREADS.getCurrentThreadCpuTime();
                matched += search.search(ACTOR, q).total() > 0 ? 1 : 0;
                searchCpu[k] = THREADS.getCurrentThreadCpuTime() - c;
                searchNanos[k] = System.nanoTime() - s;
            }

            NearDuplicateDetector detector = SearchTestKit.detector(index);
            List<SearchDocument> probes = new ArrayList<>();
            for (int k = 0; k < 1_000; k++) {
                probes.add(reworded(docs.get(rnd.nextInt(docs.size())), rnd, items + 1 + k));
            }
            for (SearchDocument p : probes.subList(0, 100)) {
                detector.check(ACTOR, p); // warm-up
            }
            long[] checkNanos = new long[probes.size()];
            long[] checkCpu = new long[probes.size()];
            long found = 0;
            for (int k = 0; k < probes.size(); k++) {
                long s = System.nanoTime();
                long c = THREADS.getCurrentThreadCpuTime();
                found += detector.check(ACTOR, probes.get(k)).stream().anyMatch(m -> m.kind() == DuplicateClass.DUPLICATE) ? 1 : 0;
                checkCpu[k] = THREADS.getCurrentThreadCpuTime() - c;
                checkNanos[k] = System.nanoTime() - s;
            }

            // The reviewer page's 同一鉴定点的相近试题: the five closest items of the probe's 鉴定点 (≈ 250 each).
            long[] nearNanos = new long[probes.size()];
            long[] nearCpu = new long[probes.size()];
            long withNeighbours = 0;
            for (int k = 0; k < probes.size(); k++) {
                SearchDocument p = probes.get(k);
                long s = System.nanoTime();
                long c = THREADS.getCurrentThreadCpuTime();
                withNeighbours += search.neighbours(ACTOR, INSTITUTION, p.knowledgePointCode(), p.itemId(), p.stem(), p.options().values(), 5)
                        .isEmpty() ? 0 : 1;
                nearCpu[k] = THREADS.getCurrentThreadCpuTime() - c;
                nearNanos[k] = System.nanoTime() - s;
            }

            List<SearchDocument> batch = new ArrayList<>(importSize);
            for (int k = 0; k < importSize; k++) {
                batch.add(k % 5 == 0 ? reworded(docs.get(rnd.nextInt(docs.size())), rnd, 0)
                        : generate(bank, rnd, 0));
            }
            long t1 = System.nanoTime();
            long c1 = processCpu();
            BatchDuplicates report = detector.scan(ACTOR, INSTITUTION, batch);
            double scanCpu = (processCpu() - c1) / 1e9;
            double scanSeconds = (System.nanoTime() - t1) / 1e9;

            // 题库查重 of one occupation and level: every item of the scope checked as a probe (≈ a third of the bank).
            long t2 = System.nanoTime();
            long c2 = processCpu();
            DuplicateSweep.Result swept = SearchTestKit.sweep(index).sweep(ACTOR,
                    new DuplicateSweep.Scope(INSTITUTION, "6-31-01-03", Level.THREE));
            double sweepCpu = (processCpu() - c2) / 1e9;
            double sweepSeconds = (System.nanoTime() - t2) / 1e9;

            System.out.printf(Locale.ROOT, "| measure | wall time | CPU time | target |%n|---|---:|---:|---:|%n");
            System.out.printf(Locale.ROOT, "| full rebuild, %,d items (all cores) | %.1f s | %.1f s | ≤ 60 s |%n", indexed,
                    rebuildSeconds, rebuildCpu);
            System.out.printf(Locale.ROOT, "| search p50 / p95 (%d queries, %d%% with hits) | %.1f / %.1f ms | %.1f / %.1f ms | p95 ≤ 20 ms |%n",
                    queries.size(), matched * 100 / queries.size(), pct(searchNanos, 50), pct(searchNanos, 95),
                    pct(searchCpu, 50), pct(searchCpu, 95));
            System.out.printf(Locale.ROOT, "| near-duplicate check of one item p50 / p95 (%d retyped copies, %d%% found as DUPLICATE) | %.1f / %.1f ms | %.1f / %.1f ms | p95 ≤ 20 ms |%n",
                    probes.size(), found * 100 / probes.size(), pct(checkNanos, 50), pct(checkNanos, 95),
                    pct(checkCpu, 50), pct(checkCpu, 95));
            System.out.printf(Locale.ROOT, "| 同一鉴定点的相近试题 (five closest) p50 / p95 (%d items, %d%% with neighbours) | %.1f / %.1f ms | %.1f / %.1f ms | p95 ≤ 20 ms |%n",
                    probes.size(), withNeighbours * 100 / probes.size(), pct(nearNanos, 50), pct(nearNanos, 95),
                    pct(nearCpu, 50), pct(nearCpu, 95));
            System.out.printf(Locale.ROOT, "| near-duplicate scan of a %,d-item import (all cores; %d items with findings) | %.1f s | %.1f s | ≤ 30 s |%n",
                    importSize, report.findings().size(), scanSeconds, scanCpu);
            System.out.printf(Locale.ROOT, "| 题库查重 of one occupation and level, %,d items (all cores; %d pairs in %d groups) | %.1f s | %.1f s | — |%n",
                    swept.items(), swept.pairs().size(), swept.groups().size(), sweepSeconds, sweepCpu);
            System.out.printf(Locale.ROOT, "%nCPUs: %d, load average at start: %s, at end: %s%n",
                    Runtime.getRuntime().availableProcessors(), loadAtStart, Files.readString(Path.of("/proc/loadavg")).trim());
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * A new item: a context clause taken from another real question, then the stem of one real question, with its
     * numbers moved; options mixed from two questions. Every item is a distinct combination.
     */
    static SearchDocument generate(List<Cmmlu.Question> bank, Random rnd, long id) {
        Cmmlu.Question q = bank.get(rnd.nextInt(bank.size()));
        Cmmlu.Question other = bank.get(rnd.nextInt(bank.size()));
        String[] clauses = other.stem().split("[，。；？]");
        String context = clauses.length == 0 ? "" : clauses[rnd.nextInt(clauses.length)];
        String stem = (context.length() > 3 ? context + "，" : "") + q.stem();
        stem = stem.replaceAll("\\d+", Integer.toString(1 + rnd.nextInt(500)));
        Map<String, String> options = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>(q.options().values());
        texts.set(rnd.nextInt(4), other.options().get("ABCD".substring(rnd.nextInt(4)).substring(0, 1)));
        Collections.shuffle(texts, rnd);
        for (int k = 0; k < 4; k++) {
            options.put(String.valueOf((char) ('A' + k)), texts.get(k));
        }
        String key = String.valueOf((char) ('A' + rnd.nextInt(4)));
        String[] types = {SearchDocument.SINGLE, SearchDocument.SINGLE, SearchDocument.SINGLE, SearchDocument.MULTIPLE};
        String[] statuses = {"草稿", "待审", "已审定", "已审定"};
        return new SearchDocument(id, INSTITUTION, "B" + id, "6-31-01-03", 5 - rnd.nextInt(3), "理论知识",
                types[rnd.nextInt(types.length)], statuses[rnd.nextInt(statuses.length)], q.file() + "-" + rnd.nextInt(50),
                q.file(), "命题人" + rnd.nextInt(40), stem, options, key, "", rnd.nextInt(20),
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id * 60));
    }

    /** The same item as a writer might retype it: options reordered, numbering and full-width punctuation. */
    static SearchDocument reworded(SearchDocument d, Random rnd, long id) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(d.options().entrySet());
        Collections.shuffle(entries, rnd);
        Map<String, String> options = new LinkedHashMap<>();
        StringBuilder key = new StringBuilder();
        for (int k = 0; k < entries.size(); k++) {
            String label = String.valueOf((char) ('A' + k));
            options.put(label, entries.get(k).getValue());
            if (d.key().contains(entries.get(k).getKey())) {
                key.append(label);
            }
        }
        String stem = (rnd.nextInt(5) + 1) + "、" + d.stem().replace("，", ",") + "（  ）";
        return new SearchDocument(id, d.institutionId(), "", d.occupationCode(), d.level(), d.subject(), d.type(),
                "草稿", d.knowledgePointCode(), d.knowledgePointName(), d.author(), stem, options, key.toString(), "", 0,
                d.updatedAt());
    }

    /** Queries as writers type them: one to three words cut from real stems. */
    static List<String> queries(List<Cmmlu.Question> bank, Random rnd, int n) {
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String stem = bank.get(rnd.nextInt(bank.size())).stem().replaceAll("[^\\p{IsHan}A-Za-z0-9]", "");
            if (stem.length() < 8) {
                continue;
            }
            int len = 2 + rnd.nextInt(5);
            int start = rnd.nextInt(stem.length() - len);
            out.add(stem.substring(start, start + len));
        }
        return out;
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
