package org.qbank.assembly.draw;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.qbank.assembly.domain.AssemblySolution;
import org.qbank.assembly.domain.PaperRef;
import org.qbank.assembly.domain.Slot;
import org.qbank.assembly.solver.SolverSetup;

/**
 * Assembles papers: counting check first (an impossible blueprint answers at once with its shortfall), then the
 * solver. Stateless and thread-safe; solver factories are shared.
 */
public final class PaperAssembler {

    private PaperAssembler() {
    }

    public static AssemblyOutcome assemble(AssemblyRequest request, AssemblyOptions options) {
        return assemble(request, options, SolveListener.NONE);
    }

    public static AssemblyOutcome assemble(AssemblyRequest request, AssemblyOptions options, SolveListener listener) {
        long start = System.nanoTime();
        AssemblyProblem problem = ProblemBuilder.build(request);
        List<Shortfall> shortfalls = FeasibilityCheck.shortfalls(problem);
        if (!shortfalls.isEmpty()) {
            return new AssemblyOutcome(Verdict.IMPOSSIBLE, List.of(), shortfalls, List.of(), null, since(start));
        }
        SolverFactory<AssemblySolution> factory = SolverSetup.factory(options.timeLimit(), options.unimprovedLimit(),
                options.stopAtFirstFeasible(), request.paperCount() > 1);
        Solver<AssemblySolution> solver = factory.buildSolver();
        solver.addEventListener(e -> {
            HardSoftLongScore s = (HardSoftLongScore) e.getNewBestScore();
            listener.improved(since(start), s.toString(), s.isFeasible());
        });
        listener.started(solver);
        AssemblySolution best = solver.solve(problem.solution());
        if (best.getScore().isFeasible()) {
            return new AssemblyOutcome(Verdict.ASSEMBLED, papersOf(best), List.of(), List.of(),
                    best.getScore().toString(), since(start));
        }
        return new AssemblyOutcome(Verdict.NOT_PROVEN_IMPOSSIBLE, List.of(), List.of(), brokenRules(factory, best),
                best.getScore().toString(), since(start));
    }

    /** The hard rules a solution breaks, worst first, from the solver's own score explanation. */
    public static List<BrokenRule> brokenRules(SolverFactory<AssemblySolution> factory, AssemblySolution solution) {
        ScoreExplanation<AssemblySolution, HardSoftLongScore> explanation =
                SolutionManager.<AssemblySolution, HardSoftLongScore>create(factory).explain(solution);
        List<BrokenRule> out = new ArrayList<>();
        explanation.getConstraintMatchTotalMap().values().forEach(t -> {
            if (t.getScore().hardScore() < 0) {
                out.add(new BrokenRule(t.getConstraintName(), -t.getScore().hardScore(),
                        t.getConstraintMatchCount()));
            }
        });
        out.sort(Comparator.comparingLong(BrokenRule::penalty).reversed());
        return out;
    }

    static List<AssembledPaper> papersOf(AssemblySolution solution) {
        List<AssembledPaper> papers = new ArrayList<>();
        for (PaperRef paper : solution.getPapers()) {
            List<PickedItem> items = solution.getSlots().stream().filter(s -> s.getPaper().equals(paper))
                    .sorted(Comparator.comparingLong(Slot::getId))
                    .map(s -> new PickedItem(s.getItem().itemId(), s.getItem().code(), s.getItem().versionId(),
                            s.getItem().type(), s.getItem().rangeCode(), s.getItem().pointCode(),
                            s.getItem().difficulty()))
                    .toList();
            papers.add(AssembledPaper.of(items));
        }
        return papers;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
