package org.qbank.assembly.skill;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /** The counting check alone: the exact shortfalls, empty when counting finds nothing impossible. */
    public static List<Shortfall> shortfalls(SkillRequest request) {
        return SkillFeasibility.shortfalls(SkillProblem.build(request));
    }

    static SolverConfig config(Duration timeLimit) {
        TerminationConfig search = new TerminationConfig().withSpentLimit(timeLimit)
                .withUnimprovedStepCountLimit(UNIMPROVED_STEPS);
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
