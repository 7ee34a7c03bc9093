package org.qbank.assembly.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.domain.AssemblySolution;
import org.qbank.assembly.domain.Slot;
import org.qbank.assembly.solver.AssemblyConstraints;
import org.qbank.assembly.solver.GreedyConstruction;
import org.qbank.assembly.solver.SolverSetup;

/** The construction phase on its own (no local search after it), judged by the solver's own score. */
class GreedyConstructionTest {

    private static AssemblySolution construct(AssemblyRequest request) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(AssemblySolution.class)
                .withEntityClasses(Slot.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(AssemblyConstraints.class)
                        .withConstraintStreamImplType(SolverSetup.STREAMS))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyConstruction.class)));
        return SolverFactory.<AssemblySolution>create(config).buildSolver()
                .solve(ProblemBuilder.build(request).solution());
    }

    private static AssemblyRequest batchOfFour(long seed) {
        List<CandidateItem> items = SmallBank.items(4, 3);
        return new AssemblyRequest(SmallBank.blueprint(ExposurePolicy.defaults()), SmallBank.tree(), items,
                SmallBank.earlier(items, 20, 30, 2), 4, seed);
    }

    @Test
    void theConstructionAloneFillsEverySlotOfABatchFromItsOwnRangeWithinEveryHardRule() {
        AssemblySolution solved = construct(batchOfFour(11));

        assertThat(solved.getSlots()).hasSize(4 * 30)
                .allMatch(s -> s.getItem() != null && s.getCandidates().contains(s.getItem()) && s.fits());
        assertThat(solved.getScore().hardScore()).isZero();
    }

    @Test
    void theSameSeedConstructsTheSamePapers() {
        List<Long> first = construct(batchOfFour(5)).getSlots().stream().map(Slot::itemId).toList();
        List<Long> second = construct(batchOfFour(5)).getSlots().stream().map(Slot::itemId).toList();
        assertThat(first).isEqualTo(second);
    }
}
