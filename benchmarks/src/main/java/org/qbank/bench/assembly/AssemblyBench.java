package org.qbank.bench.assembly;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import com.google.ortools.Loader;
import org.qbank.assembly.draw.AssembledPaper;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.AssemblyProblem;
import org.qbank.assembly.draw.PaperAssembler;
import org.qbank.assembly.draw.PickedItem;
import org.qbank.assembly.draw.ProblemBuilder;
import org.qbank.assembly.draw.Verdict;

/**
 * Paper-assembly speed against a CP-SAT peer and a plain random draw. One command:
 *
 * <pre>mvn -q -DskipTests -pl benchmarks -am package exec:java -Dexec.mainClass=org.qbank.bench.assembly.AssemblyBench</pre>
 *
 * The figure is the wall time from the request (items, earlier papers, blueprint) to the first set of papers that
 * meets every hard rule, checked by an independent validator; warm JVM; median over the seeds with the success
 * rate. System properties: bench.seeds (20), bench.tightSeeds (100), bench.batchSeeds (3), bench.batch60Seeds (2).
 */
public final class AssemblyBench {

    private record Run(double seconds, boolean ok) {
    }

    private AssemblyBench() {
    }

    public static void main(String[] args) {
        Loader.loadNativeLibraries();
        Path csv = Path.of(System.getProperty("qbank.testdata", "../shared/testdata"), "xmb-hg-3.csv");
        int seeds = Integer.getInteger("bench.seeds", 20);
        int tightSeeds = Integer.getInteger("bench.tightSeeds", 100);
        int batchSeeds = Integer.getInteger("bench.batchSeeds", 3);
        int batch60Seeds = Integer.getInteger("bench.batch60Seeds", 2);
        System.out.printf("cores %d, max heap %d MB, java %s, load average %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), loadAverage());

        for (long s = 900; s < 905; s++) { // warm-up: JIT, constraint network, CP-SAT native code
            Instance w = Instances.single(s, "0.30");
            qbank(w, 30);
            cpSat(w, 30);
        }
        for (long s = 900; s < 903; s++) { // and the batch solver configuration
            qbank(Instances.batch(s, 10, 2000, "0.10"), 30);
        }
        List<String> rows = new ArrayList<>();
        rows.add(row("single draw, ≤30 % vs 200 earlier", s -> Instances.single(s, "0.30"), seeds, 30, "≤ 0.5 s"));
        rows.add(row("tight single draw, ≤3 shared vs 200 earlier", s -> Instances.single(s, "0.03"), tightSeeds, 30, "≤ 1 s, 100 %"));
        rows.add(row("realistic 焊工三级 (314 鉴定点, 6,000 items)", s -> Instances.realistic(s, csv), seeds, 30, "≤ 2 s"));
        rows.add(row("batch 30 papers / 5,000 items, pairwise ≤10 %", s -> Instances.batch(s, 30, 5000, "0.10"), batchSeeds, 90, "≤ 7 s, ≤ ½ peer"));
        rows.add(row("batch 30 papers / 5,000 items, disjoint", s -> Instances.batch(s, 30, 5000, "0"), batchSeeds, 90, "≤ 7 s, ≤ ½ peer"));
        long heapBefore = resetPeaks();
        rows.add(row("batch 60 papers / 10,000 items, pairwise ≤10 %", s -> Instances.batch(s, 60, 10000, "0.10"), batch60Seeds, 120, "≤ 20 s"));
        long peak = peakHeap();
        rows.add(impossible(seeds));

        System.out.println();
        System.out.println("| instance | qbank median (success) | CP-SAT median (success) | CP-SAT ÷ qbank | random draw success | target |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println("load average at the end: " + loadAverage());
        System.out.printf("%npeak heap during the batch-60 runs (sum of heap pool peaks, an upper bound): %d MB (before: %d MB)%n",
                peak >> 20, heapBefore >> 20);
    }

    private static String row(String name, LongFunction<Instance> make, int seeds, double limit, String target) {
        List<Run> q = new ArrayList<>();
        List<Run> c = new ArrayList<>();
        List<Run> r = new ArrayList<>();
        for (long s = 1; s <= seeds; s++) {
            Instance inst = make.apply(s);
            q.add(qbank(inst, limit));
            c.add(cpSat(inst, limit));
            r.add(random(inst));
            System.err.printf("%s seed %d: qbank %.3f s %s, CP-SAT %.3f s %s, random %s%n", name, s,
                    q.get(q.size() - 1).seconds(), q.get(q.size() - 1).ok(), c.get(c.size() - 1).seconds(),
                    c.get(c.size() - 1).ok(), r.get(r.size() - 1).ok());
        }
        // medians over the first 20 seeds; success over all
        double mq = median(q.subList(0, Math.min(20, q.size())));
        double mc = median(c.subList(0, Math.min(20, c.size())));
        return String.format(Locale.ROOT, "| %s | %s (%s) | %s (%s) | %s | %s | %s |", name, fmt(mq), rate(q), fmt(mc), rate(c),
                Double.isInfinite(mq) || Double.isInfinite(mc) ? "—" : String.format(Locale.ROOT, "%.1f×", mc / mq),
                rate(r), target);
    }

    private static String impossible(int seeds) {
        List<Run> q = new ArrayList<>();
        List<Run> c = new ArrayList<>();
        String example = null;
        for (long s = 1; s <= seeds; s++) {
            Instance inst = Instances.single(s, "0");
            long t = System.nanoTime();
            AssemblyOutcome o = PaperAssembler.assemble(inst.request(), AssemblyOptions.firstFeasible(Duration.ofSeconds(30)));
            q.add(new Run(secs(t), o.verdict() == Verdict.IMPOSSIBLE));
            example = o.explanation().isEmpty() ? null : o.explanation().get(0);
            t = System.nanoTime();
            List<List<Long>> papers = CpSatPeer.solve(inst, ProblemBuilder.build(inst.request()), 30, 1);
            c.add(new Run(secs(t), papers == null && secs(t) < 30));
        }
        System.out.println("impossible blueprint, first shortfall: " + example);
        return String.format(Locale.ROOT, "| impossible blueprint (≤0 shared): diagnosis with exact shortfall | %s (%s) | %s (%s, proves infeasible, no shortfall) | %s | — | ≤ 1 s |",
                fmt(median(q)), rate(q), fmt(median(c)), rate(c),
                String.format(Locale.ROOT, "%.1f×", median(c) / median(q)));
    }

    private static Run qbank(Instance inst, double limit) {
        long t = System.nanoTime();
        AssemblyOutcome o = PaperAssembler.assemble(inst.request(),
                AssemblyOptions.firstFeasible(Duration.ofMillis((long) (limit * 1000))));
        double seconds = secs(t);
        if (!o.assembled()) {
            return new Run(seconds, false);
        }
        List<List<Long>> papers = o.papers().stream()
                .map(AssembledPaper::items).map(l -> l.stream().map(PickedItem::itemId).toList()).toList();
        String broken = Validator.check(inst, ProblemBuilder.build(inst.request()), papers);
        if (broken != null) {
            System.err.println("qbank paper rejected by the validator: " + broken);
        }
        return new Run(seconds, broken == null);
    }

    private static Run cpSat(Instance inst, double limit) {
        long t = System.nanoTime();
        AssemblyProblem problem = ProblemBuilder.build(inst.request());
        List<List<Long>> papers = CpSatPeer.solve(inst, problem, limit, 1);
        double seconds = secs(t);
        return new Run(seconds, papers != null && Validator.check(inst, problem, papers) == null);
    }

    private static Run random(Instance inst) {
        long t = System.nanoTime();
        AssemblyProblem problem = ProblemBuilder.build(inst.request());
        List<List<Long>> papers = RandomDraw.draw(inst, problem, inst.seed());
        double seconds = secs(t);
        return new Run(seconds, Validator.check(inst, problem, papers) == null);
    }

    private static double median(List<Run> runs) {
        List<Double> times = runs.stream().map(r -> r.ok() ? r.seconds() : Double.POSITIVE_INFINITY).sorted().toList();
        int n = times.size();
        return n % 2 == 1 ? times.get(n / 2) : (times.get(n / 2 - 1) + times.get(n / 2)) / 2;
    }

    private static String fmt(double seconds) {
        return Double.isInfinite(seconds) ? "no median" : String.format(Locale.ROOT, "%.3f s", seconds);
    }

    private static String rate(List<Run> runs) {
        long ok = runs.stream().filter(Run::ok).count();
        return String.format(Locale.ROOT, "%d/%d", ok, runs.size());
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static long resetPeaks() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
