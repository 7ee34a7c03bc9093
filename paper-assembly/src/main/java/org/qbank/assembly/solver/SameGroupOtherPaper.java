package org.qbank.assembly.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.SwapMove;
import org.qbank.assembly.domain.AssemblySolution;
import org.qbank.assembly.domain.Slot;

/** Swaps only make sense between slots of the same group in different papers: they move items between papers. */
public class SameGroupOtherPaper implements SelectionFilter<AssemblySolution, Move<AssemblySolution>> {

    @Override
    public boolean accept(ScoreDirector<AssemblySolution> director, Move<AssemblySolution> move) {
        if (!(move instanceof SwapMove<AssemblySolution> swap)) {
            return true;
        }
        Slot a = (Slot) swap.getLeftEntity();
        Slot b = (Slot) swap.getRightEntity();
        return a.getGroup().equals(b.getGroup()) && a.getPaper().index() != b.getPaper().index();
    }
}
