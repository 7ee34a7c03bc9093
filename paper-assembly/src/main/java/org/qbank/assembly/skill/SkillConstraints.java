package org.qbank.assembly.skill;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The rules of a skill paper, one method each. Hard: a task from the slot's own modules, approved versions only,
 * 选考 slots in different modules, no two tasks of one 互斥组, total 考核时间 within the session, overlap with each
 * earlier skill paper within the policy, never the same task set as an issued paper. Soft: least-used tasks, tasks
 * absent from recent papers.
 */
public class SkillConstraints implements ConstraintProvider {

    /** The theory papers' name for the same rule (AssemblyConstraints). */
    static final String ENEMIES_APART = "互斥题不同卷";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
                moduleFit(f), approvedOnly(f), electiveModulesDistinct(f), enemiesApart(f), withinSessionTime(f),
                earlierOverlap(f), notIdenticalToIssued(f), leastUsed(f), freshness(f)
        };
    }

    Constraint moduleFit(ConstraintFactory f) {
        return f.forEach(SkillSlot.class)
                .filter(s -> !s.fits(s.getTask()))
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint("试题属于本模块");
    }

    Constraint approvedOnly(ConstraintFactory f) {
        return f.forEach(SkillSlot.class)
                .filter(s -> !s.getTask().approved())
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint("只用已审定版本");
    }

    /** One task per module: two 选考 slots never draw from the same module (nor the same task). */
    Constraint electiveModulesDistinct(ConstraintFactory f) {
        return f.forEachUniquePair(SkillSlot.class,
                        Joiners.equal(s -> s.getTask().moduleCode()),
                        Joiners.filtering((a, b) -> a.isElective() && b.isElective()))
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint("选考模块各出一题");
    }

    /**
     * Two tasks of one 互斥组 (an item's own, or a pair marked 互斥题) never share a paper, as for theory papers: 1 per
     * pair, however many groups the two share.
     */
    Constraint enemiesApart(ConstraintFactory f) {
        return f.forEach(SkillSlot.class).filter(s -> s.getTask().hasEnemies())
                .join(f.forEach(SkillSlot.class).filter(s -> s.getTask().hasEnemies()),
                        Joiners.lessThan(SkillSlot::getId),
                        Joiners.filtering((a, b) -> a.getTask().isEnemyOf(b.getTask())))
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint(ENEMIES_APART);
    }

    /** Penalty: the minutes the chosen tasks exceed the session's duration. */
    Constraint withinSessionTime(ConstraintFactory f) {
        return f.forEach(SkillSlot.class)
                .groupBy(ConstraintCollectors.sum(s -> s.getTask().minutes()))
                .join(SessionTime.class)
                .filter((minutes, time) -> minutes > time.minutes())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (minutes, time) -> minutes - time.minutes())
                .asConstraint("考核时间不超过考试时长");
    }

    /** Penalty: tasks shared with an earlier paper beyond the allowed number, per earlier paper. */
    Constraint earlierOverlap(ConstraintFactory f) {
        return f.forEach(SkillSlot.class)
                .join(TaskUse.class, Joiners.equal(s -> s.getTask().id(), TaskUse::taskId))
                .groupBy((s, u) -> u.paper(), ConstraintCollectors.countBi())
                .filter((paper, shared) -> shared > paper.allowed())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (paper, shared) -> shared - paper.allowed())
                .asConstraint("与往期试卷重复率");
    }

    /** Every issued paper, inside the look-back or not: the same task set is never issued twice. */
    Constraint notIdenticalToIssued(ConstraintFactory f) {
        return f.forEach(SkillSlot.class)
                .join(TaskUse.class, Joiners.equal(s -> s.getTask().id(), TaskUse::taskId))
                .groupBy((s, u) -> u.paper(), ConstraintCollectors.countBi())
                .filter((paper, shared) -> shared == paper.size() && shared == paper.paperSize())
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint("不得与已发放试卷相同");
    }

    /** Penalty: sessions each chosen task was issued to. */
    Constraint leastUsed(ConstraintFactory f) {
        return f.forEach(SkillSlot.class)
                .filter(s -> s.getTask().sessions() > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, s -> s.getTask().sessions())
                .asConstraint("优先少用试题");
    }

    /** Penalty: look-back papers each chosen task appeared on. */
    Constraint freshness(ConstraintFactory f) {
        return f.forEach(SkillSlot.class)
                .filter(s -> s.getTask().earlierPapers() > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, s -> s.getTask().earlierPapers())
                .asConstraint("优先近期未用试题");
    }
}
