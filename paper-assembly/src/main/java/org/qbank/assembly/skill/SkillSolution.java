package org.qbank.assembly.skill;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** One skill paper to assemble: its slots, the earlier papers and their tasks, the session time. */
@PlanningSolution
public class SkillSolution {

    @PlanningEntityCollectionProperty
    private List<SkillSlot> slots;
    @ProblemFactCollectionProperty
    private List<EarlierSkillPaper> earlierPapers;
    @ProblemFactCollectionProperty
    private List<TaskUse> uses;
    @ProblemFactProperty
    private SessionTime time;
    @PlanningScore
    private HardSoftLongScore score;

    public SkillSolution() {
    }

    public SkillSolution(List<SkillSlot> slots, List<EarlierSkillPaper> earlierPapers, List<TaskUse> uses,
                         SessionTime time) {
        this.slots = slots;
        this.earlierPapers = earlierPapers;
        this.uses = uses;
        this.time = time;
    }

    public List<SkillSlot> getSlots() {
        return slots;
    }

    public List<EarlierSkillPaper> getEarlierPapers() {
        return earlierPapers;
    }

    public List<TaskUse> getUses() {
        return uses;
    }

    public SessionTime getTime() {
        return time;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
