package org.qbank.assembly.skill;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.assembly.blueprint.SkillWeights;
import org.qbank.assembly.draw.AssembledPaper;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.BrokenRule;
import org.qbank.assembly.draw.PickedItem;
import org.qbank.assembly.draw.Shortfall;
import org.qbank.assembly.draw.SolveListener;
import org.qbank.assembly.draw.Verdict;
import org.qbank.bank.item.ItemType;

/**
 * Assembles a skill paper (操作技能): the counting check first (an impossible blueprint answers at once with its
 * shortfall), then a small OptaPlanner model of its own ({@link SkillSolution}). A skill paper has a handful of
 * slots, so local search always runs until it stops improving (a step count, so a seed reproduces the paper) and
 * the least-used preference is honoured, not only the first valid paper. Stateless and thread-safe.
 */
public final class SkillAssembler {

    /** Local-search steps without a better score before the solve ends. */
    static final int UNIMPROVED_STEPS = 400;
    /** Time without a better score after which a search that makes no steps is given up. */
    static final Duration STUCK = Duration.ofSeconds(1);

    private static final Map<Long, SolverFactory<SkillSolution>> FACTORIES = new ConcurrentHashMap<>();

    private SkillAssembler() {
    }

    public static AssemblyOutcome assemble(SkillRequest request, AssemblyOptions options) {
        return assemble(request, options, SolveListener.NONE);
    }

    /**
     * The outcome holds one paper whose tasks come in module order (必考 and 选考 as the blueprint lists them), each
     * with its 配分 by the request's 技能要求权重表 ({@link SkillWeights}; none when the request has no weights).
     *
     * @throws org.qbank.bank.common.RuleViolationException when the weights cannot give the paper its 配分
     */
    public static AssemblyOutcome assemble(SkillRequest request, AssemblyOptions options, SolveListener listener) {
        long start = System.nanoTime();
        SkillWeights weights = request.moduleWeights().isEmpty() ? null : request.weights();
        if (weights != null) {
            weights.validate();
        }
        SkillProblem problem = SkillProblem.build(request);
        List<Shortfall> shortfalls = SkillFeasibility.shortfalls(problem);
        if (!shortfalls.isEmpty()) {
            return new AssemblyOutcome(Verdict.IMPOSSIBLE, List.of(), shortfalls, List.of(), null, since(start));
        }
        SolverFactory<SkillSolution> factory = FACTORIES.computeIfAbsent(options.timeLimit().toMillis(),
                ms -> SolverFactory.create(config(Duration.ofMillis(ms))));
        Solver<SkillSolution> solver = factory.buildSolver();
        solver.addEventListener(e -> {
            HardSoftLongScore s = (HardSoftLongScore) e.getNewBestScore();
            listener.improved(since(start), s.toString(), s.isFeasible());
        });
        listener.started(solver);
        SkillSolution best = solver.solve(problem.solution());
        if (best.getScore().isFeasible()) {
            return new AssemblyOutcome(Verdict.ASSEMBLED, List.of(paperOf(problem, best, weights)), List.of(), List.of(),
                    best.getScore().toString(), since(start));
        }
        return new AssemblyOutcome(Verdict.NOT_PROVEN_IMPOSSIBLE, List.of(), List.of(), brokenRules(factory, best),
                best.getScore().toString(), since(start));
    }

    /**
     * A batch form of skill papers (papers for its sessions, then 备用卷): {@code papers} papers solved one after
     * another, each sharing at most ⌊maxBatchOverlap·tasks⌋ tasks with every paper before it (so with every other
     * paper of the form) and each fresh against the earlier papers as a single paper is. One paper after another
     * is enough for a model this small; a form the bank cannot give fails at the paper that cannot be formed,
     * with that paper's shortfall or broken rules. The outcome holds every paper, or none.
     */
    public static AssemblyOutcome assemble(SkillRequest request, int papers, AssemblyOptions options,
                                           SolveListener listener) {
        if (papers < 1) {
            throw new IllegalArgumentException("papers must be at least 1: " + papers);
        }
        long start = System.nanoTime();
        List<AssembledPaper> done = new ArrayList<>();
        SkillRequest next = request;
        AssemblyOutcome last = null;
        for (int i = 0; i < papers; i++) {
            Duration before = since(start);
            last = assemble(next, options, new SolveListener() {
                @Override
                public void started(Solver<?> solver) {
                    listener.started(solver);
                }

                @Override
                public void improved(Duration elapsed, String score, boolean feasible) {
                    listener.improved(before.plus(elapsed), score, feasible);
                }
            });
            if (!last.assembled()) {
                return new AssemblyOutcome(last.verdict(), List.of(), last.shortfalls(), last.brokenRules(),
                        last.score(), since(start));
            }
            AssembledPaper paper = last.papers().get(0);
            done.add(paper);
            next = next.next(paper.items().stream().map(PickedItem::itemId).collect(Collectors.toSet()));
        }
        return new AssemblyOutcome(Verdict.ASSEMBLED, done, List.of(), List.of(), last.score(), since(start));
    }

    /** The counting check alone: the exact shortfalls, empty when counting finds nothing impossible. */
    public static List<Shortfall> shortfalls(SkillRequest request) {
        return SkillFeasibility.shortfalls(SkillProblem.build(request));
    }

    static SolverConfig config(Duration timeLimit) {
        // The step count ends a search that keeps moving; the unimproved time ends one that has no doable move
        // left (a tiny bank where every other choice breaks a rule), which would otherwise run to the time limit.
        TerminationConfig search = new TerminationConfig().withSpentLimit(timeLimit)
                .withUnimprovedStepCountLimit(UNIMPROVED_STEPS).withUnimprovedSpentLimit(STUCK);
        return new SolverConfig()
                .withSolutionClass(SkillSolution.class)
                .withEntityClasses(SkillSlot.class)
                .withConstraintProviderClass(SkillConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(20_261_122L)
                .withPhases(new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig().withTerminationConfig(search));
    }

    private static AssembledPaper paperOf(SkillProblem problem, SkillSolution solution, SkillWeights weights) {
        List<String> order = problem.request().blueprint().modules().stream().map(SkillModule::code).toList();
        List<Task> tasks = solution.getSlots().stream().map(SkillSlot::getTask)
                .sorted(Comparator.comparingInt((Task t) -> order.indexOf(t.moduleCode()))).toList();
        Map<String, BigDecimal> points = weights == null ? Map.of()
                : weights.points(tasks.stream().map(Task::moduleCode).toList());
        List<PickedItem> items = tasks.stream()
                .map(t -> new PickedItem(t.id(), t.code(), t.versionId(), ItemType.SKILL_TASK, t.moduleCode(),
                        t.moduleCode(), 0, points.get(t.moduleCode())))
                .toList();
        return AssembledPaper.of(items);
    }

    private static List<BrokenRule> brokenRules(SolverFactory<SkillSolution> factory, SkillSolution solution) {
        List<BrokenRule> out = new ArrayList<>();
        SolutionManager.<SkillSolution, HardSoftLongScore>create(factory).explain(solution)
                .getConstraintMatchTotalMap().values().forEach(t -> {
                    if (t.getScore().hardScore() < 0) {
                        out.add(new BrokenRule(t.getConstraintName(), -t.getScore().hardScore(), t.getConstraintMatchCount()));
                    }
                });
        out.sort(Comparator.comparingLong(BrokenRule::penalty).reversed());
        return out;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
