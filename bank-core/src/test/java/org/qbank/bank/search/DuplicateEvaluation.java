package org.qbank.bank.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;

/**
 * Runs the near-duplicate pipeline (Lucene candidates + precise scorer) over the generated evaluation set and
 * the hand-labelled real pairs, and reports precision and recall per class.
 */
public final class DuplicateEvaluation {

    static final Actor ACTOR = new Actor(1, "eval", Set.of(Role.REVIEWER), Set.of(1L));
    static final String HAND_LABELS = "/search/hand-labelled-pairs.csv";
    /** Real pairs labelled after the scorer's rules were set and never used to set them (docs/benchmarks.md). */
    static final String HELD_OUT = "/search/fresh-pairs.csv";
    /** Real pairs across subject files, labelled before they were first scored (select-cross-pairs.py). */
    static final String HELD_OUT_CROSS = "/search/cross-pairs.csv";
    /** The real labelled sets: name and resource. */
    static final List<String[]> REAL_SETS = List.of(new String[] {"hand-labelled", HAND_LABELS},
            new String[] {"held-out", HELD_OUT}, new String[] {"held-out-cross", HELD_OUT_CROSS});

    /** Counts for one class: true positives, false positives, false negatives. */
    public record Score(long tp, long fp, long fn) {
        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }

    /** Outcome of one labelled pair. */
    public record Outcome(String set, String kind, DuplicateClass expected, DuplicateClass predicted, String reason,
                          String ref) {
    }

    /** Where a written pair's first item ranks among the 鉴定点 neighbours of its second (0 when not in the top 10). */
    public record NeighbourRank(String set, int pair, DuplicateClass label, int rank) {
    }

    /** The evaluation set the quality target is set on: the generated pairs plus the hand-labelled real pairs. */
    static final List<String> EVALUATION_SET = List.of("generated", "hand-labelled");

    /** The classes pairs are labelled with; {@link DuplicateClass#POSSIBLE_REWORDING} is a hint, never a label. */
    static final List<DuplicateClass> LABELS = List.of(DuplicateClass.DUPLICATE, DuplicateClass.VARIANT,
            DuplicateClass.NOT_SIMILAR);

    /** {@code pairs}: the choice-item pairs with their features, for {@link PairJudgeExperiment}. */
    public record Report(List<Outcome> outcomes, List<NeighbourRank> ranks, List<PairJudgeExperiment.Example> pairs) {

        /** Share of the written pairs of {@code label} whose first item is among the {@code k} closest neighbours. */
        public double neighbourRecall(DuplicateClass label, int k) {
            return neighbourRecall(List.of("written-dev", "written-test"), label, k);
        }

        public double neighbourRecall(List<String> sets, DuplicateClass label, int k) {
            List<NeighbourRank> of = ranks.stream().filter(r -> sets.contains(r.set()) && r.label() == label).toList();
            return of.isEmpty() ? 1.0 : (double) of.stream().filter(r -> r.rank() >= 1 && r.rank() <= k).count() / of.size();
        }

        /** Over all sets: pairs reported 疑似改写 that are duplicates, and that are not. */
        public long[] hints() {
            long dup = outcomes.stream().filter(o -> o.predicted() == DuplicateClass.POSSIBLE_REWORDING
                    && o.expected() == DuplicateClass.DUPLICATE).count();
            long all = outcomes.stream().filter(o -> o.predicted() == DuplicateClass.POSSIBLE_REWORDING).count();
            return new long[] {dup, all - dup};
        }

        public Map<DuplicateClass, Score> scores(String set) {
            return set == null ? scores(List.<String>of()) : scores(List.of(set));
        }

        /** Scores over the pairs of the sets named (all pairs when none is). */
        public Map<DuplicateClass, Score> scores(List<String> sets) {
            Map<DuplicateClass, Score> out = new EnumMap<>(DuplicateClass.class);
            for (DuplicateClass c : DuplicateClass.values()) {
                long tp = 0;
                long fp = 0;
                long fn = 0;
                for (Outcome o : outcomes) {
                    if (!sets.isEmpty() && !sets.contains(o.set())) {
                        continue;
                    }
                    boolean e = o.expected() == c;
                    boolean p = o.predicted() == c;
                    tp += e && p ? 1 : 0;
                    fp += !e && p ? 1 : 0;
                    fn += e && !p ? 1 : 0;
                }
                out.put(c, new Score(tp, fp, fn));
            }
            return out;
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append("| set | class | pairs | precision | recall |\n|---|---|---:|---:|---:|\n");
            List<String> sets = new ArrayList<>(List.of("generated"));
            REAL_SETS.forEach(r -> sets.add(r[0]));
            sets.addAll(List.of("written-dev", "written-test", "written-fresh"));
            for (String set : sets) {
                Map<DuplicateClass, Score> s = scores(set);
                for (DuplicateClass c : LABELS) {
                    long n = outcomes.stream().filter(o -> o.set().equals(set) && o.expected() == c).count();
                    sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f |%n", set, c, n,
                            s.get(c).precision(), s.get(c).recall()));
                }
            }
            Map<DuplicateClass, Score> issue = scores(EVALUATION_SET);
            for (DuplicateClass c : LABELS) {
                long n = outcomes.stream().filter(o -> EVALUATION_SET.contains(o.set()) && o.expected() == c).count();
                sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f |%n", String.join(" + ", EVALUATION_SET),
                        c, n, issue.get(c).precision(), issue.get(c).recall()));
            }
            sb.append("\n| set | duplicates reported 疑似改写 | other pairs reported 疑似改写 |\n|---|---:|---:|\n");
            for (String set : sets) {
                long dup = outcomes.stream().filter(o -> o.set().equals(set) && o.expected() == DuplicateClass.DUPLICATE
                        && o.predicted() == DuplicateClass.POSSIBLE_REWORDING).count();
                long other = outcomes.stream().filter(o -> o.set().equals(set) && o.expected() != DuplicateClass.DUPLICATE
                        && o.predicted() == DuplicateClass.POSSIBLE_REWORDING).count();
                sb.append(String.format(Locale.ROOT, "| %s | %d | %d |%n", set, dup, other));
            }
            sb.append("\n| generated kind | expected | pairs | correct |\n|---|---|---:|---:|\n");
            Map<String, long[]> byKind = new LinkedHashMap<>();
            Map<String, DuplicateClass> expected = new HashMap<>();
            for (Outcome o : outcomes) {
                if (o.set().equals("generated")) {
                    long[] c = byKind.computeIfAbsent(o.kind(), k -> new long[2]);
                    c[0]++;
                    c[1] += o.expected() == o.predicted() ? 1 : 0;
                    expected.put(o.kind(), o.expected());
                }
            }
            byKind.forEach((k, c) -> sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %d |%n", k,
                    expected.get(k), c[0], c[1])));
            sb.append("\n| written pairs | class | pairs | first item is the closest neighbour | among the 5 closest |\n|---|---|---:|---:|---:|\n");
            for (List<String> of : List.of(List.of("written-dev", "written-test"), List.of("written-fresh"))) {
                for (DuplicateClass c : List.of(DuplicateClass.DUPLICATE, DuplicateClass.VARIANT)) {
                    sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f |%n", String.join(" + ", of), c,
                            ranks.stream().filter(r -> of.contains(r.set()) && r.label() == c).count(),
                            neighbourRecall(of, c, 1), neighbourRecall(of, c, 5)));
                }
            }
            return sb.toString();
        }
    }

    private DuplicateEvaluation() {
    }

    public static Report run(List<Cmmlu.Question> bank, long seed, Path indexDir) {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < bank.size(); i++) {
            docs.add(bank.get(i).toDocument(i + 1, 1));
        }
        List<WrittenPairs.Pair> written = WrittenPairs.load();
        written.forEach(p -> docs.add(p.a()));
        List<PairJudgeExperiment.Example> pairs = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<NeighbourRank> ranks = new ArrayList<>();
        try (SearchIndex index = SearchTestKit.openIndex(indexDir)) {
            SearchTestKit.rebuild(index, docs);
            NearDuplicateDetector detector = SearchTestKit.detector(index);
            Set<String> notDifferent = new java.util.HashSet<>();
            for (String[] row : handLabels()) {
                if (!row[4].equals(DuplicateClass.NOT_SIMILAR.name())) {
                    notDifferent.add(row[0] + "#" + row[1] + "|" + row[2] + "#" + row[3]);
                    notDifferent.add(row[2] + "#" + row[3] + "|" + row[0] + "#" + row[1]);
                }
            }
            for (DuplicateEvalSet.Pair p : DuplicateEvalSet.build(bank, seed,
                    (x, y) -> !notDifferent.contains(x + "|" + y))) {
                outcomes.add(judge(detector, "generated", p.kind(), p.expected(), p.probe(), p.existing() + 1L,
                        bank.get(p.existing()).ref()));
                measure(pairs, outcomes.get(outcomes.size() - 1), p.probe(), docs.get(p.existing()));
            }
            Map<String, Integer> byRef = new HashMap<>();
            for (int i = 0; i < bank.size(); i++) {
                byRef.put(bank.get(i).ref(), i);
            }
            for (String[] set : REAL_SETS) {
                for (String[] row : labels(set[1])) {
                    Integer a = byRef.get(row[0] + "#" + row[1]);
                    Integer b = byRef.get(row[2] + "#" + row[3]);
                    if (a == null || b == null) {
                        throw new IllegalStateException(set[0] + " pair refers to a missing question: " + String.join(",", row));
                    }
                    outcomes.add(judge(detector, set[0], row.length > 5 ? row[5] : "", DuplicateClass.valueOf(row[4]),
                            docs.get(a), b + 1L, bank.get(a).ref() + " ~ " + bank.get(b).ref()));
                    measure(pairs, outcomes.get(outcomes.size() - 1), docs.get(a), docs.get(b));
                }
            }
            ItemSearch search = SearchTestKit.search(index);
            for (WrittenPairs.Pair p : written) {
                outcomes.add(judge(detector, p.set(), p.kind(), p.label(), p.b(), p.a().itemId(), p.ref()));
                measure(pairs, outcomes.get(outcomes.size() - 1), p.b(), p.a());
                if (p.label() != DuplicateClass.NOT_SIMILAR) {
                    // No 鉴定点 on these pairs: the neighbours are searched in the whole bank, a harder test.
                    List<SearchHit> near = search.neighbours(ACTOR, 1, null, p.b().itemId(), p.b().stem(), p.b().options().values(), 10);
                    int rank = 0;
                    for (int i = 0; i < near.size() && rank == 0; i++) {
                        rank = near.get(i).itemId() == p.a().itemId() ? i + 1 : 0;
                    }
                    ranks.add(new NeighbourRank(p.set(), p.number(), p.label(), rank));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Report(outcomes, ranks, pairs);
    }

    /** The features of a pair of choice items, for {@link PairJudgeExperiment}; nothing for a 判断 pair. */
    private static void measure(List<PairJudgeExperiment.Example> pairs, Outcome outcome, SearchDocument probe,
                                SearchDocument existing) {
        DupView a = DupView.of(probe);
        DupView b = DupView.of(existing);
        if (!a.isJudge() && !b.isJudge()) {
            pairs.add(new PairJudgeExperiment.Example(outcome.set(), outcome.expected() == DuplicateClass.DUPLICATE,
                    outcome.predicted() == DuplicateClass.DUPLICATE, PairFeatures.of(a, b)));
        }
    }

    private static Outcome judge(NearDuplicateDetector detector, String set, String kind, DuplicateClass expected,
                                 SearchDocument probe, long existingId, String ref) {
        DuplicateMatch m = detector.check(ACTOR, probe).stream().filter(x -> x.itemId() == existingId).findFirst()
                .orElse(null);
        return new Outcome(set, kind, expected, m == null ? DuplicateClass.NOT_SIMILAR : m.kind(),
                m == null ? "" : m.reason(), ref);
    }

    static List<String[]> handLabels() {
        return labels(HAND_LABELS);
    }

    /** Rows of file_a,row_a,file_b,row_b,label[,note]; '#' starts a comment line. */
    static List<String[]> labels(String resource) {
        try (InputStream in = DuplicateEvaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#") && !l.startsWith("file_a")) {
                    rows.add(l.split(",", 6));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
