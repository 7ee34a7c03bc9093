package org.qbank.bench.assembly;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.ToDoubleFunction;

import com.google.ortools.Loader;
import org.qbank.assembly.draw.AssembledPaper;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.AssemblyProblem;
import org.qbank.assembly.draw.PaperAssembler;
import org.qbank.assembly.draw.PickedItem;
import org.qbank.assembly.draw.ProblemBuilder;
import org.qbank.assembly.draw.Verdict;
import org.qbank.bench.assembly.Measure.Run;

/**
 * Paper-assembly speed against a CP-SAT peer and a plain random draw. One command:
 *
 * <pre>mvn -q -DskipTests -pl benchmarks -am package exec:java -Dexec.mainClass=org.qbank.bench.assembly.AssemblyBench</pre>
 *
 * The figure is the time from the request (items, earlier papers, blueprint) to the first set of papers that
 * meets every hard rule, checked by an independent validator; warm JVM; median over the first 20 seeds with the
 * success rate over all. Each run reports wall time, the solving thread's CPU time and the process's CPU time.
 * System properties: {@code bench.only} (comma-separated rows: single, tight, realistic, batch30, batch30disjoint,
 * batch60, impossible; default all), {@code bench.seeds} (20), {@code bench.tightSeeds} (100),
 * {@code bench.batchSeeds} (20), {@code bench.batch60Seeds} (20), {@code bench.peerSeeds} (as many as qbank, single
 * draws), {@code bench.peerBatchSeeds} (3: the peer takes up to its limit per batch run),
 * {@code bench.peerBatchLimit} (seconds, 90 for 30 papers; 60 papers get a third more).
 */
public final class AssemblyBench {

    private static final List<String> ROWS =
            List.of("single", "tight", "realistic", "batch30", "batch30disjoint", "batch60", "impossible");

    private record Row(String name, LongFunction<Instance> make, int seeds, int peerSeeds, double limit,
                       String target) {
    }

    private AssemblyBench() {
    }

    public static void main(String[] args) {
        Loader.loadNativeLibraries();
        Path csv = Path.of(System.getProperty("qbank.testdata", "../shared/testdata"), "xmb-hg-3.csv");
        Set<String> only = Set.copyOf(Arrays.asList(System.getProperty("bench.only", String.join(",", ROWS)).split(",")));
        int seeds = Integer.getInteger("bench.seeds", 20);
        int tightSeeds = Integer.getInteger("bench.tightSeeds", 100);
        int batchSeeds = Integer.getInteger("bench.batchSeeds", 20);
        int batch60Seeds = Integer.getInteger("bench.batch60Seeds", 20);
        int peerSeeds = Integer.getInteger("bench.peerSeeds", -1);
        int peerBatchSeeds = Integer.getInteger("bench.peerBatchSeeds", 3);
        double peerBatchLimit = Double.parseDouble(System.getProperty("bench.peerBatchLimit", "90"));
        Instant start = Instant.now();
        System.out.println("AssemblyBench " + start.truncatedTo(ChronoUnit.SECONDS));
        System.out.println("conditions at start: " + Measure.conditions());
        System.out.printf(Locale.ROOT, "seeds: single/realistic/impossible %d, tight %d, batch-30 %d, batch-60 %d; "
                        + "CP-SAT: single draws %s, batches %d (limit %.0f s for 30 papers, %.0f s for 60)%n",
                seeds, tightSeeds, batchSeeds, batch60Seeds, peerSeeds < 0 ? "as qbank" : String.valueOf(peerSeeds),
                peerBatchSeeds, peerBatchLimit, peerBatchLimit * 4 / 3);
        if (peerBatchSeeds == 0) {
            System.out.println("the peer does not run batches (bench.peerBatchSeeds=0)");
        } else if (peerBatchSeeds < batchSeeds) {
            System.out.printf(Locale.ROOT, "the peer runs batches on the first %d seeds only: a batch run may take its "
                    + "whole limit, so 20 seeds would take hours; qbank runs all of them%n", peerBatchSeeds);
        }

        warmUp();
        List<String> rows = new ArrayList<>();
        int single = peerSeeds < 0 ? seeds : peerSeeds;
        int tight = peerSeeds < 0 ? tightSeeds : peerSeeds;
        if (only.contains("single")) {
            rows.add(row(new Row("single draw, ≤30 % vs 200 earlier", s -> Instances.single(s, "0.30"), seeds, single,
                    30, "≤ 0.5 s")));
        }
        if (only.contains("tight")) {
            rows.add(row(new Row("tight single draw, ≤3 shared vs 200 earlier", s -> Instances.single(s, "0.03"),
                    tightSeeds, tight, 30, "≤ 1 s, 100 %")));
        }
        if (only.contains("realistic")) {
            rows.add(row(new Row("realistic 焊工三级 (314 鉴定点, 6,000 items)", s -> Instances.realistic(s, csv), seeds,
                    single, 30, "≤ 2 s")));
        }
        if (only.contains("batch30")) {
            rows.add(row(new Row("batch 30 papers / 5,000 items, pairwise ≤10 %", s -> Instances.batch(s, 30, 5000,
                    "0.10"), batchSeeds, peerBatchSeeds, peerBatchLimit, "≤ 7 s, ≤ ½ peer")));
        }
        if (only.contains("batch30disjoint")) {
            rows.add(row(new Row("batch 30 papers / 5,000 items, disjoint", s -> Instances.batch(s, 30, 5000, "0"),
                    batchSeeds, peerBatchSeeds, peerBatchLimit, "≤ 7 s, ≤ ½ peer")));
        }
        String heap = null;
        if (only.contains("batch60")) {
            long before = Measure.startHeapWindow();
            long gcs = Measure.gcCount();
            Row row = new Row("batch 60 papers / 10,000 items, pairwise ≤10 %", s -> Instances.batch(s, 60, 10000, "0.10"),
                    batch60Seeds, peerBatchSeeds, peerBatchLimit * 4 / 3, "≤ 20 s");
            List<Run> q = qbankRuns(row);
            heap = String.format(Locale.ROOT, "heap during the qbank batch-60 runs (max heap %d MB): at most %d MB in "
                            + "use after any of %d collections (live data; %d MB after the collection before the "
                            + "runs); sum of heap pool peaks %d MB (an upper bound that counts garbage)",
                    Runtime.getRuntime().maxMemory() >> 20, Measure.maxHeapAfterGc() >> 20, Measure.gcCount() - gcs,
                    before >> 20, Measure.heapPoolPeaks() >> 20);
            rows.add(format(row, q, peerRuns(row), randomRuns(row)));
        }
        if (only.contains("impossible")) {
            rows.add(impossible(seeds, single));
        }

        System.out.println();
        System.out.println("Medians over the first 20 seeds (a failed run counts as infinitely slow); success over all "
                + "seeds. CPU: solving thread / whole process (JIT and GC included; CP-SAT's workers are native "
                + "threads, so only the process figure covers them).");
        System.out.println();
        System.out.println("| instance | qbank wall | qbank CPU thread / process | qbank success | CP-SAT wall "
                + "| CP-SAT CPU process | CP-SAT success | CP-SAT ÷ qbank (wall) | random draw success | target |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        if (heap != null) {
            System.out.println(heap);
        }
        System.out.println("conditions at the end: load average " + Measure.loadAverage() + ", "
                + Duration.between(start, Instant.now()).toSeconds() + " s after the start");
    }

    /** JIT, the solver configurations, the counting check and CP-SAT's native code, on seeds the rows do not use. */
    private static void warmUp() {
        for (long s = 900; s < 905; s++) {
            Instance w = Instances.single(s, "0.30");
            qbank(w, 30);
            cpSat(w, 30);
        }
        for (long s = 900; s < 903; s++) {
            qbank(Instances.batch(s, 10, 2000, "0.10"), 30);
            PaperAssembler.assemble(Instances.single(s, "0").request(), AssemblyOptions.firstFeasible(Duration.ofSeconds(30)));
        }
    }

    private static String row(Row row) {
        return format(row, qbankRuns(row), peerRuns(row), randomRuns(row));
    }

    /** qbank first on every seed, so that its runs never share the process with CP-SAT's worker threads. */
    private static List<Run> qbankRuns(Row row) {
        List<Run> q = new ArrayList<>();
        for (long s = 1; s <= row.seeds(); s++) {
            Run r = qbank(row.make().apply(s), row.limit());
            q.add(r);
            progress(row.name() + " qbank", s, r);
        }
        return q;
    }

    private static List<Run> peerRuns(Row row) {
        List<Run> c = new ArrayList<>();
        for (long s = 1; s <= Math.min(row.peerSeeds(), row.seeds()); s++) {
            Run r = cpSat(row.make().apply(s), row.limit());
            c.add(r);
            progress(row.name() + " CP-SAT", s, r);
        }
        return c;
    }

    private static List<Run> randomRuns(Row row) {
        List<Run> r = new ArrayList<>();
        for (long s = 1; s <= row.seeds(); s++) {
            r.add(random(row.make().apply(s)));
        }
        return r;
    }

    private static String format(Row row, List<Run> q, List<Run> c, List<Run> r) {
        double qWall = median(q, Run::wall);
        double cWall = median(c, Run::wall);
        String ratio = c.isEmpty() || Double.isInfinite(qWall) ? "—"
                : Double.isInfinite(cWall) ? "> " + ratio(row.limit(), qWall) + " (none within its limit)"
                : ratio(cWall, qWall);
        String peerSuccess = c.isEmpty() ? "not run" : rate(c)
                + (c.size() < q.size() ? ", seeds 1–" + c.size() + " only" : "")
                + String.format(Locale.ROOT, ", limit %.0f s", row.limit());
        return String.format(Locale.ROOT, "| %s | %s | %s / %s | %s | %s | %s | %s | %s | %s | %s |", row.name(),
                fmt(qWall), fmt(median(q, Run::threadCpu)), fmt(median(q, Run::processCpu)), rate(q),
                c.isEmpty() ? "—" : fmt(cWall), c.isEmpty() ? "—" : fmt(median(c, Run::processCpu)), peerSuccess,
                ratio, rate(r), row.target());
    }

    private static String impossible(int seeds, int peerSeeds) {
        List<Run> q = new ArrayList<>();
        List<Run> c = new ArrayList<>();
        String[] example = new String[1];
        for (long s = 1; s <= seeds; s++) {
            Instance inst = Instances.single(s, "0");
            Run run = Measure.time(() -> {
                AssemblyOutcome o = PaperAssembler.assemble(inst.request(),
                        AssemblyOptions.firstFeasible(Duration.ofSeconds(30)));
                example[0] = o.explanation().isEmpty() ? null : o.explanation().get(0);
                return o.verdict() == Verdict.IMPOSSIBLE;
            });
            q.add(run);
            progress("impossible qbank", s, run);
        }
        for (long s = 1; s <= peerSeeds; s++) {
            Instance inst = Instances.single(s, "0");
            Run run = Measure.time(() -> CpSatPeer.solve(inst, ProblemBuilder.build(inst.request()), 30, 1) == null);
            // infeasibility proved within the limit (not merely no solution found in time)
            c.add(new Run(run.wall(), run.threadCpu(), run.processCpu(), run.ok() && run.wall() < 30));
            progress("impossible CP-SAT", s, run);
        }
        System.out.println("impossible blueprint, first shortfall: " + example[0]);
        return String.format(Locale.ROOT, "| impossible blueprint (≤0 shared): diagnosis with the exact shortfall | %s "
                        + "| %s / %s | %s | %s | %s | %s (proves infeasible, names no shortfall) | %s | — | ≤ 1 s |",
                fmt(median(q, Run::wall)), fmt(median(q, Run::threadCpu)), fmt(median(q, Run::processCpu)), rate(q),
                fmt(median(c, Run::wall)), fmt(median(c, Run::processCpu)), rate(c),
                c.isEmpty() ? "—" : ratio(median(c, Run::wall), median(q, Run::wall)));
    }

    private static Run qbank(Instance inst, double limit) {
        AssemblyOutcome[] outcome = new AssemblyOutcome[1];
        Run run = Measure.time(() -> {
            outcome[0] = PaperAssembler.assemble(inst.request(),
                    AssemblyOptions.firstFeasible(Duration.ofMillis((long) (limit * 1000))));
            return outcome[0].assembled();
        });
        if (!run.ok()) {
            return run;
        }
        List<List<Long>> papers = outcome[0].papers().stream()
                .map(AssembledPaper::items).map(l -> l.stream().map(PickedItem::itemId).toList()).toList();
        String broken = Validator.check(inst, ProblemBuilder.build(inst.request()), papers);
        if (broken != null) {
            System.err.println("qbank paper rejected by the validator: " + broken);
        }
        return new Run(run.wall(), run.threadCpu(), run.processCpu(), broken == null);
    }

    private static Run cpSat(Instance inst, double limit) {
        AssemblyProblem[] problem = new AssemblyProblem[1];
        List<List<List<Long>>> papers = new ArrayList<>(1);
        Run run = Measure.time(() -> {
            problem[0] = ProblemBuilder.build(inst.request());
            papers.add(CpSatPeer.solve(inst, problem[0], limit, 1));
            return papers.get(0) != null;
        });
        boolean ok = run.ok() && Validator.check(inst, problem[0], papers.get(0)) == null;
        return new Run(run.wall(), run.threadCpu(), run.processCpu(), ok);
    }

    private static Run random(Instance inst) {
        AssemblyProblem problem = ProblemBuilder.build(inst.request());
        List<List<Long>> papers = RandomDraw.draw(inst, problem, inst.seed());
        return new Run(0, 0, 0, Validator.check(inst, problem, papers) == null);
    }

    private static void progress(String what, long seed, Run r) {
        System.err.printf(Locale.ROOT, "%s seed %d: %s, wall %.3f s, CPU thread %.3f s, process %.3f s%n", what, seed,
                r.ok() ? "ok" : "FAILED", r.wall(), r.threadCpu(), r.processCpu());
    }

    /** Median over the first 20 runs; a failed run counts as infinitely slow. */
    private static double median(List<Run> runs, ToDoubleFunction<Run> value) {
        if (runs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> v = runs.subList(0, Math.min(20, runs.size())).stream()
                .map(r -> r.ok() ? value.applyAsDouble(r) : Double.POSITIVE_INFINITY).sorted().toList();
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    private static String ratio(double a, double b) {
        return String.format(Locale.ROOT, "%.1f×", a / b);
    }

    private static String fmt(double seconds) {
        return Double.isNaN(seconds) ? "—" : Double.isInfinite(seconds) ? "no median"
                : String.format(Locale.ROOT, "%.3f s", seconds);
    }

    private static String rate(List<Run> runs) {
        return runs.stream().filter(Run::ok).count() + "/" + runs.size();
    }
}
