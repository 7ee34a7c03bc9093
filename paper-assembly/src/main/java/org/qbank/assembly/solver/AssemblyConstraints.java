package org.qbank.assembly.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countBi;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.qbank.assembly.domain.EarlierUse;
import org.qbank.assembly.domain.Slot;

/**
 * The rules of a fresh paper. Hard rules first; each is one method with the name reports show. Streams filter
 * before they join, and overlap is counted incrementally per (paper, earlier paper) by joining on item id.
 */
public class AssemblyConstraints implements ConstraintProvider {

    public static final String SLOT_FIT = "题型与鉴定范围相符";
    public static final String APPROVED_ONLY = "只用已审定版本";
    public static final String NO_DUPLICATE = "同卷不重复";
    public static final String POINT_CAP = "每个鉴定点题数上限";
    public static final String ENEMIES_APART = "互斥题不同卷";
    public static final String EARLIER_OVERLAP = "与往期试卷重复率";
    public static final String ISSUED_REPEAT = "不得与已发放试卷相同";
    public static final String BATCH_OVERLAP = "同批试卷重复率";
    public static final String DIFFICULTY_MEAN = "平均难度在容差内";
    public static final String EXPOSURE_CAP = "试题曝光上限";
    public static final String DIFFICULTY_DEVIATION = "平均难度接近目标";
    public static final String EXPOSURE_BALANCE = "曝光均衡";
    public static final String FRESHNESS = "优先用新题";
    public static final String CORE_POINTS_FIRST = "优先考核X类鉴定点";
    public static final String DIFFICULTY_MIX = "难度分布接近方案";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
                slotFit(f), approvedOnly(f), noDuplicate(f), pointCap(f), enemiesApart(f), earlierOverlap(f),
                issuedRepeat(f), batchOverlap(f), difficultyMean(f), exposureCap(f),
                difficultyDeviation(f), exposureBalance(f), freshness(f), corePointsFirst(f), difficultyMix(f)
        };
    }

    Constraint slotFit(ConstraintFactory f) {
        return f.forEach(Slot.class).filter(s -> !s.fits())
                .penalize(HardSoftLongScore.ONE_HARD).asConstraint(SLOT_FIT);
    }

    Constraint approvedOnly(ConstraintFactory f) {
        return f.forEach(Slot.class).filter(s -> !s.getItem().approved())
                .penalize(HardSoftLongScore.ONE_HARD).asConstraint(APPROVED_ONLY);
    }

    Constraint noDuplicate(ConstraintFactory f) {
        return f.forEachUniquePair(Slot.class, Joiners.equal(Slot::getPaper), Joiners.equal(Slot::itemId))
                .penalize(HardSoftLongScore.ONE_HARD).asConstraint(NO_DUPLICATE);
    }

    /** At most N items per 鉴定点 in one paper (N from the blueprint, default 1). */
    Constraint pointCap(ConstraintFactory f) {
        return f.forEach(Slot.class).filter(s -> s.getItem().pointCode() != null)
                .groupBy(Slot::getPaper, s -> s.getItem().pointCode(), countDistinct(Slot::itemId))
                .filter((paper, point, n) -> n > paper.pointCap())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (paper, point, n) -> n - paper.pointCap())
                .asConstraint(POINT_CAP);
    }

    Constraint enemiesApart(ConstraintFactory f) {
        return f.forEach(Slot.class).filter(s -> s.getItem().hasEnemies())
                .join(f.forEach(Slot.class).filter(s -> s.getItem().hasEnemies()),
                        Joiners.equal(Slot::getPaper), Joiners.lessThan(Slot::getId),
                        Joiners.filtering((a, b) -> a.getItem().isEnemyOf(b.getItem())))
                .penalize(HardSoftLongScore.ONE_HARD).asConstraint(ENEMIES_APART);
    }

    /** Per paper and look-back earlier paper: shared items beyond ⌊share·|P|⌋ each cost one. */
    Constraint earlierOverlap(ConstraintFactory f) {
        return f.forEach(Slot.class)
                .join(f.forEach(EarlierUse.class).filter(u -> u.paper().inLookBack()),
                        Joiners.equal(Slot::itemId, EarlierUse::itemId))
                .groupBy((s, u) -> s.getPaper(), (s, u) -> u.paper(), countBi())
                .filter((paper, earlier, n) -> n > paper.earlierLimit())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (paper, earlier, n) -> n - paper.earlierLimit())
                .asConstraint(EARLIER_OVERLAP);
    }

    /** The same item set as any paper ever issued (order and versions aside) is reuse, however old. */
    Constraint issuedRepeat(ConstraintFactory f) {
        return f.forEach(Slot.class)
                .join(EarlierUse.class, Joiners.equal(Slot::itemId, EarlierUse::itemId))
                .groupBy((s, u) -> s.getPaper(), (s, u) -> u.paper(), countBi())
                .filter((paper, earlier, n) -> n == paper.size() && earlier.size() == paper.size())
                .penalize(HardSoftLongScore.ONE_HARD).asConstraint(ISSUED_REPEAT);
    }

    /** Two papers of one batch share at most ⌊share·min(|P|,|Q|)⌋ items. */
    Constraint batchOverlap(ConstraintFactory f) {
        return f.forEach(Slot.class)
                .join(Slot.class, Joiners.equal(Slot::itemId),
                        Joiners.lessThan(s -> s.getPaper().index()))
                .groupBy((a, b) -> a.getPaper(), (a, b) -> b.getPaper(), countBi())
                .filter((p, q, n) -> n > p.batchLimitWith(q))
                .penalizeLong(HardSoftLongScore.ONE_HARD, (p, q, n) -> n - p.batchLimitWith(q))
                .asConstraint(BATCH_OVERLAP);
    }

    /** Sum of difficulties outside [⌈(mean−tol)·n⌉, ⌊(mean+tol)·n⌋]: one per difficulty step outside. */
    Constraint difficultyMean(ConstraintFactory f) {
        return f.forEach(Slot.class)
                .groupBy(Slot::getPaper, sum(s -> s.getItem().difficulty()))
                .filter((paper, total) -> paper.difficultyExcess(total) > 0)
                .penalizeLong(HardSoftLongScore.ONE_HARD, (paper, total) -> paper.difficultyExcess(total))
                .asConstraint(DIFFICULTY_MEAN);
    }

    /** An item in more papers of this batch than its remaining exposure allows. */
    Constraint exposureCap(ConstraintFactory f) {
        return f.forEach(Slot.class)
                .groupBy(Slot::getItem, countDistinct(Slot::getPaper))
                .filter((item, papers) -> papers > item.remainingExposure())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (item, papers) -> papers - item.remainingExposure())
                .asConstraint(EXPOSURE_CAP);
    }

    /** Distance of the difficulty sum from the target, in tenths of a step. */
    Constraint difficultyDeviation(ConstraintFactory f) {
        return f.forEach(Slot.class)
                .groupBy(Slot::getPaper, sum(s -> s.getItem().difficulty()))
                .penalizeLong(HardSoftLongScore.ONE_SOFT,
                        (paper, total) -> Math.abs(10L * total - paper.targetTenths()))
                .asConstraint(DIFFICULTY_DEVIATION);
    }

    /** Sessions each chosen item was already issued to: spreads exposure over the bank. */
    Constraint exposureBalance(ConstraintFactory f) {
        return f.forEach(Slot.class).filter(s -> s.getItem().sessionsIssued() > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, s -> s.getItem().sessionsIssued())
                .asConstraint(EXPOSURE_BALANCE);
    }

    /** Look-back papers each chosen item appeared in. */
    Constraint freshness(ConstraintFactory f) {
        return f.forEach(Slot.class).filter(s -> s.getItem().earlierPapers().length > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, s -> s.getItem().earlierPapers().length)
                .asConstraint(FRESHNESS);
    }

    /** X points before Y before Z. */
    Constraint corePointsFirst(ConstraintFactory f) {
        return f.forEach(Slot.class).filter(s -> s.getItem().importanceCost() > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, s -> s.getItem().importanceCost())
                .asConstraint(CORE_POINTS_FIRST);
    }

    /** Items of a difficulty band beyond the blueprint's mix; with a full mix the excess equals the shortfall. */
    Constraint difficultyMix(ConstraintFactory f) {
        return f.forEach(Slot.class).filter(s -> !s.getPaper().bandTargets().isEmpty())
                .groupBy(Slot::getPaper, s -> s.getItem().difficulty(), count())
                .filter((paper, band, n) -> paper.bandExcess(band, n) > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (paper, band, n) -> paper.bandExcess(band, n))
                .asConstraint(DIFFICULTY_MIX);
    }
}
