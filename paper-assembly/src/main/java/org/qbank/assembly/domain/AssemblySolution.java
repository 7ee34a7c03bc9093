package org.qbank.assembly.domain;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** One or more papers assembled together: their slots, and the earlier papers they must stay fresh against. */
@PlanningSolution
public class AssemblySolution {

    @ProblemFactCollectionProperty
    private List<PaperRef> papers;
    @ProblemFactCollectionProperty
    private List<EarlierRef> earlierPapers;
    @ProblemFactCollectionProperty
    private List<EarlierUse> earlierUses;
    @PlanningEntityCollectionProperty
    private List<Slot> slots;
    @PlanningScore
    private HardSoftLongScore score;
    /** Seeds the construction heuristic's tie-breaks so a solve is reproducible. */
    private long seed;

    public AssemblySolution() {
    }

    public AssemblySolution(List<PaperRef> papers, List<EarlierRef> earlierPapers, List<EarlierUse> earlierUses,
                            List<Slot> slots, long seed) {
        this.papers = papers;
        this.earlierPapers = earlierPapers;
        this.earlierUses = earlierUses;
        this.slots = slots;
        this.seed = seed;
    }

    public List<PaperRef> getPapers() {
        return papers;
    }

    public List<EarlierRef> getEarlierPapers() {
        return earlierPapers;
    }

    public List<EarlierUse> getEarlierUses() {
        return earlierUses;
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }

    public long getSeed() {
        return seed;
    }
}
