package org.qbank.bench.skill;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.assembly.draw.AssembledPaper;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.EarlierPaper;
import org.qbank.assembly.draw.PickedItem;
import org.qbank.assembly.draw.Verdict;
import org.qbank.assembly.skill.SkillAssembler;
import org.qbank.assembly.skill.SkillRequest;
import org.qbank.assembly.skill.SkillTaskCandidate;
import org.qbank.bank.common.Level;

/**
 * Skill-paper (操作技能) assembly speed. One command:
 *
 * <pre>mvn -q -DskipTests -pl benchmarks -am package exec:java -Dexec.mainClass=org.qbank.bench.skill.SkillBench</pre>
 *
 * Instances: 6 modules (3 必考, 2 of 3 选考), 40 approved tasks per module of 20–90 minutes, a 240-minute session,
 * 200 earlier skill papers. Each result is checked independently (modules, time, overlap, not an issued set).
 * Figures: wall and thread-CPU time from request to outcome, median and p95 over the seeds, success rate; warm JVM.
 * System property bench.seeds (20).
 */
public final class SkillBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final AssemblyOptions OPTIONS = AssemblyOptions.firstFeasible(Duration.ofSeconds(30));

    private record Run(double wall, double cpu, boolean ok) {
    }

    private SkillBench() {
    }

    public static void main(String[] args) {
        int seeds = Integer.getInteger("bench.seeds", 20);
        System.out.printf("cores %d, java %s, load average %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), String.format(Locale.ROOT, "%.2f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        for (long s = 900; s < 905; s++) { // warm-up: JIT and the constraint network
            run(instance(s, "0.40", 40), true);
        }
        System.out.printf("%-52s %6s %10s %10s %10s %10s%n", "instance", "ok", "wall p50", "wall p95", "cpu p50", "cpu p95");
        print("skill paper, ≤40 % vs 200 earlier", seeds, s -> instance(s, "0.40", 40), true);
        print("tight skill paper, ≤20 % (1 task) vs 200 earlier", seeds, s -> instance(s, "0.20", 40), true);
        print("impossible: a 必考 module without tasks (shortfall)", seeds, s -> instance(s, "0.40", 0), false);
    }

    private static void print(String name, int seeds, java.util.function.LongFunction<SkillRequest> make, boolean feasible) {
        List<Run> runs = new ArrayList<>();
        for (long s = 1; s <= seeds; s++) {
            runs.add(run(make.apply(s), feasible));
        }
        List<Double> wall = runs.stream().map(Run::wall).sorted().toList();
        List<Double> cpu = runs.stream().map(Run::cpu).sorted().toList();
        long ok = runs.stream().filter(Run::ok).count();
        System.out.printf(Locale.ROOT, "%-52s %3d/%-2d %9.3fs %9.3fs %9.3fs %9.3fs%n", name, ok, runs.size(),
                pct(wall, 50), pct(wall, 95), pct(cpu, 50), pct(cpu, 95));
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static Run run(SkillRequest request, boolean feasible) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        AssemblyOutcome out = SkillAssembler.assemble(request, OPTIONS);
        double wall = (System.nanoTime() - start) / 1e9;
        double used = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        boolean ok = feasible ? out.verdict() == Verdict.ASSEMBLED && valid(request, out.papers().get(0))
                : out.verdict() == Verdict.IMPOSSIBLE;
        return new Run(wall, used, ok);
    }

    /** 3 必考 modules M1–M3, 选考 M4–M6 (choose 2); 必考 module M3 gets {@code module3Tasks} tasks (0: impossible). */
    static SkillRequest instance(long seed, String overlap, int module3Tasks) {
        Random r = new Random(seed);
        List<SkillModule> modules = new ArrayList<>();
        for (int m = 1; m <= 6; m++) {
            modules.add(new SkillModule("M" + m, "模块 " + m, m <= 3, 60));
        }
        SkillBlueprint bp = new SkillBlueprint("技能基准", "6-18-02-04", null, Level.THREE, modules, 2, 240,
                ExposurePolicy.defaults().withMaxEarlierOverlap(overlap));
        List<SkillTaskCandidate> tasks = new ArrayList<>();
        long id = 1;
        for (int m = 1; m <= 6; m++) {
            int count = m == 3 ? module3Tasks : 40;
            for (int t = 0; t < count; t++) {
                tasks.add(new SkillTaskCandidate(id, "JN-" + m + "-" + t, id, "M" + m, 20 + r.nextInt(71),
                        r.nextInt(4), true));
                id++;
            }
        }
        List<EarlierPaper> earlier = new ArrayList<>();
        for (int p = 0; p < 200 && module3Tasks > 0; p++) {
            Set<Long> used = new HashSet<>();
            for (int m : new int[] {1, 2, 3, 4 + r.nextInt(3)}) {
                used.add((long) ((m - 1) * 40 + r.nextInt(40) + 1));
            }
            used.add((long) (r.nextInt(tasks.size()) + 1));
            earlier.add(new EarlierPaper("试卷 " + p, used, true));
        }
        return new SkillRequest(bp, tasks, earlier, seed);
    }

    private static boolean valid(SkillRequest request, AssembledPaper paper) {
        SkillBlueprint bp = request.blueprint();
        List<String> modules = paper.items().stream().map(PickedItem::rangeCode).toList();
        if (new HashSet<>(modules).size() != modules.size() || modules.size() != bp.taskCount()
                || !modules.containsAll(List.of("M1", "M2", "M3"))) {
            return false;
        }
        Set<Long> ids = new HashSet<>(paper.items().stream().map(PickedItem::itemId).toList());
        int minutes = request.tasks().stream().filter(t -> ids.contains(t.itemId())).mapToInt(SkillTaskCandidate::minutes).sum();
        int allowed = bp.exposure().allowedWithEarlier(ids.size());
        for (EarlierPaper e : request.earlierPapers()) {
            long shared = e.itemIds().stream().filter(ids::contains).count();
            if (shared > allowed || (shared == ids.size() && shared == e.itemIds().size())) {
                return false;
            }
        }
        return minutes <= bp.durationMinutes();
    }
}
