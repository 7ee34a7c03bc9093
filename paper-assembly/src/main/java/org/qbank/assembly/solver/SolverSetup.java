package org.qbank.assembly.solver;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.qbank.assembly.domain.AssemblySolution;
import org.qbank.assembly.domain.Slot;

/**
 * Builds and caches solver factories (building one compiles the constraint network, so it is done once per
 * termination setting). Phases: the greedy allocation-aware construction, a standard construction heuristic
 * as a safety net for anything left empty, then local search with change moves inside each slot's own value
 * range plus, for batches, swaps between papers within one slot group.
 */
public final class SolverSetup {

    /** Local search randomness; the construction's tie-breaks come from the request's seed. */
    public static final long RANDOM_SEED = 20_240_601L;

    /**
     * The constraint-stream engine. Bavet (OptaPlanner's own incremental engine) starts a score director in a
     * fraction of Drools' time and evaluates moves faster; the constraint verifier tests use the same engine.
     */
    public static final ConstraintStreamImplType STREAMS = ConstraintStreamImplType.BAVET;

    private static final Map<String, SolverFactory<AssemblySolution>> FACTORIES = new ConcurrentHashMap<>();

    private SolverSetup() {
    }

    public static SolverFactory<AssemblySolution> factory(Duration timeLimit, Duration unimproved,
                                                          boolean stopAtFirstFeasible, boolean batch) {
        String key = timeLimit.toMillis() + "|" + unimproved.toMillis() + "|" + stopAtFirstFeasible + "|" + batch;
        return FACTORIES.computeIfAbsent(key, k -> SolverFactory.create(config(timeLimit, unimproved, stopAtFirstFeasible, batch)));
    }

    public static SolverConfig config(Duration timeLimit, Duration unimproved, boolean stopAtFirstFeasible, boolean batch) {
        // Limits apply to local search only: the construction always runs to the end (a solver-level time limit
        // could skip it entirely when building the score director is slow on a busy machine).
        TerminationConfig solverTermination = new TerminationConfig();
        TerminationConfig searchTermination = new TerminationConfig().withSpentLimit(timeLimit);
        if (stopAtFirstFeasible) {
            solverTermination.setBestScoreFeasible(true);
        } else {
            searchTermination.setUnimprovedSpentLimit(unimproved);
        }
        ChangeMoveSelectorConfig change = new ChangeMoveSelectorConfig();
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig().withTerminationConfig(searchTermination);
        if (batch) {
            localSearch.setMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(change,
                    new SwapMoveSelectorConfig().withFilterClass(SameGroupOtherPaper.class)));
        } else {
            localSearch.setMoveSelectorConfig(change);
        }
        return new SolverConfig()
                .withSolutionClass(AssemblySolution.class)
                .withEntityClasses(Slot.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(AssemblyConstraints.class)
                        .withConstraintStreamImplType(STREAMS))
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(RANDOM_SEED)
                .withTerminationConfig(solverTermination)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyConstruction.class)),
                        new ConstructionHeuristicPhaseConfig(), localSearch);
    }
}
