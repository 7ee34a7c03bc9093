package org.qbank.assembly.solver;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.qbank.assembly.allocation.SlotGroup;
import org.qbank.assembly.blueprint.Importance;
import org.qbank.assembly.domain.AssemblySolution;
import org.qbank.assembly.domain.EarlierRef;
import org.qbank.assembly.domain.EarlierUse;
import org.qbank.assembly.domain.Item;
import org.qbank.assembly.domain.PaperRef;
import org.qbank.assembly.domain.Slot;
import org.qbank.bank.item.ItemType;

class AssemblyConstraintsTest {

    private static final SlotGroup SINGLE_AB = new SlotGroup(ItemType.SINGLE_CHOICE, "A-B", 4);
    /** 4 items, ≤ 1 shared with an earlier paper, 0.5 within the batch, difficulty sum 10..14 (target 12), cap 1. */
    private static final PaperRef P0 = new PaperRef(0, 4, 1, new BigDecimal("0.5"), 10, 14, 120, 1);
    private static final PaperRef P1 = new PaperRef(1, 4, 1, new BigDecimal("0.5"), 10, 14, 120, 1);

    private final ConstraintVerifier<AssemblyConstraints, AssemblySolution> verifier =
            ConstraintVerifier.build(new AssemblyConstraints(), AssemblySolution.class, Slot.class)
                    .withConstraintStreamImplType(SolverSetup.STREAMS);

    private long nextSlot = 1;

    private static Item item(long id, int difficulty) {
        return item(id, "A-B-A-" + id, difficulty, List.of());
    }

    private static Item item(long id, String point, int difficulty, List<String> enemies) {
        return new Item(id, "Q" + id, id * 10, ItemType.SINGLE_CHOICE, "A-B", point, Importance.X, difficulty,
                enemies, 0, Integer.MAX_VALUE, true, new int[0]);
    }

    private Slot slot(PaperRef paper, Item item) {
        return new Slot(nextSlot++, paper, SINGLE_AB, List.of(item), item);
    }

    @Test
    void anItemOfAnotherTypeOrRangeDoesNotFitItsSlot() {
        Item wrongType = new Item(1, "Q1", 1, ItemType.TRUE_FALSE, "A-B", "A-B-A-1", Importance.X, 3, List.of(), 0,
                Integer.MAX_VALUE, true, new int[0]);
        Item wrongRange = new Item(2, "Q2", 2, ItemType.SINGLE_CHOICE, "A-C", "A-C-A-1", Importance.X, 3, List.of(), 0,
                Integer.MAX_VALUE, true, new int[0]);
        verifier.verifyThat(AssemblyConstraints::slotFit)
                .given(slot(P0, wrongType), slot(P0, wrongRange), slot(P0, item(3, 3)))
                .penalizesBy(2);
    }

    @Test
    void anUnapprovedVersionIsPenalised() {
        Item draft = new Item(1, "Q1", 1, ItemType.SINGLE_CHOICE, "A-B", "A-B-A-1", Importance.X, 3, List.of(), 0,
                Integer.MAX_VALUE, false, new int[0]);
        verifier.verifyThat(AssemblyConstraints::approvedOnly)
                .given(slot(P0, draft), slot(P0, item(2, 3)))
                .penalizesBy(1);
    }

    @Test
    void theSameItemTwiceInOnePaperIsPenalisedPerPairButAcrossPapersItIsNot() {
        Item q = item(1, 3);
        verifier.verifyThat(AssemblyConstraints::noDuplicate)
                .given(slot(P0, q), slot(P0, q), slot(P0, q), slot(P1, q))
                .penalizesBy(3);
    }

    @Test
    void moreItemsThanTheCapOnOnePointArePenalisedByTheExcess() {
        verifier.verifyThat(AssemblyConstraints::pointCap)
                .given(slot(P0, item(1, "A-B-A-001", 3, List.of())), slot(P0, item(2, "A-B-A-001", 3, List.of())),
                        slot(P0, item(3, "A-B-A-001", 3, List.of())), slot(P0, item(4, "A-B-A-002", 3, List.of())),
                        slot(P1, item(5, "A-B-A-001", 3, List.of())))
                .penalizesBy(2);
    }

    @Test
    void enemiesInOnePaperArePenalisedPerPair() {
        Item a = item(1, "A-B-A-1", 3, List.of("g1"));
        Item b = item(2, "A-B-A-2", 3, List.of("g1", "g2"));
        Item c = item(3, "A-B-A-3", 3, List.of("g2"));
        Item other = item(4, "A-B-A-4", 3, List.of("g3"));
        verifier.verifyThat(AssemblyConstraints::enemiesApart)
                .given(slot(P0, a), slot(P0, b), slot(P0, c), slot(P0, other), slot(P1, item(5, "A-B-A-5", 3, List.of("g1"))))
                .penalizesBy(2);
    }

    @Test
    void sharingMoreThanTheLimitWithAnEarlierPaperCostsTheExcess() {
        EarlierRef e0 = new EarlierRef(0, "2025-01", 4, true);
        EarlierRef e1 = new EarlierRef(1, "2025-02", 4, true);
        EarlierRef old = new EarlierRef(2, "2019-01", 4, false);
        verifier.verifyThat(AssemblyConstraints::earlierOverlap)
                .given(slot(P0, item(1, 3)), slot(P0, item(2, 3)), slot(P0, item(3, 3)), slot(P0, item(4, 3)),
                        new EarlierUse(1, e0), new EarlierUse(2, e0), new EarlierUse(3, e0),
                        new EarlierUse(1, e1),
                        new EarlierUse(1, old), new EarlierUse(2, old), new EarlierUse(3, old))
                .penalizesBy(2);
    }

    @Test
    void theItemSetOfAnyIssuedPaperIsPenalisedEvenOutsideTheLookBack() {
        EarlierRef old = new EarlierRef(0, "2019-01", 4, false);
        EarlierRef partial = new EarlierRef(1, "2019-02", 4, false);
        verifier.verifyThat(AssemblyConstraints::issuedRepeat)
                .given(slot(P0, item(1, 3)), slot(P0, item(2, 3)), slot(P0, item(3, 3)), slot(P0, item(4, 3)),
                        new EarlierUse(1, old), new EarlierUse(2, old), new EarlierUse(3, old), new EarlierUse(4, old),
                        new EarlierUse(1, partial), new EarlierUse(2, partial), new EarlierUse(3, partial))
                .penalizesBy(1);
    }

    @Test
    void twoBatchPapersSharingMoreThanTheLimitCostTheExcess() {
        // limit ⌊0.5·4⌋ = 2; papers share 3
        verifier.verifyThat(AssemblyConstraints::batchOverlap)
                .given(slot(P0, item(1, 3)), slot(P0, item(2, 3)), slot(P0, item(3, 3)), slot(P0, item(4, 3)),
                        slot(P1, item(1, 3)), slot(P1, item(2, 3)), slot(P1, item(3, 3)), slot(P1, item(5, 3)))
                .penalizesBy(1);
    }

    @Test
    void aDifficultySumOutsideTheToleranceCostsTheDistance() {
        // sum 4 + 4 + 4 + 5 = 17, allowed 10..14
        verifier.verifyThat(AssemblyConstraints::difficultyMean)
                .given(slot(P0, item(1, 4)), slot(P0, item(2, 4)), slot(P0, item(3, 4)), slot(P0, item(4, 5)),
                        slot(P1, item(5, 3)), slot(P1, item(6, 3)), slot(P1, item(7, 3)), slot(P1, item(8, 3)))
                .penalizesBy(3);
    }

    @Test
    void anItemInMoreBatchPapersThanItsRemainingExposureIsPenalised() {
        Item nearlyWorn = new Item(1, "Q1", 1, ItemType.SINGLE_CHOICE, "A-B", "A-B-A-1", Importance.X, 3, List.of(),
                4, 1, true, new int[0]);
        verifier.verifyThat(AssemblyConstraints::exposureCap)
                .given(slot(P0, nearlyWorn), slot(P1, nearlyWorn), slot(P0, item(2, 3)))
                .penalizesBy(1);
    }

    @Test
    void difficultyDeviationIsMeasuredInTenthsFromTheTarget() {
        // sums 13 and 12 against target 12.0: 10 + 0 tenths
        verifier.verifyThat(AssemblyConstraints::difficultyDeviation)
                .given(slot(P0, item(1, 4)), slot(P0, item(2, 3)), slot(P0, item(3, 3)), slot(P0, item(4, 3)),
                        slot(P1, item(5, 3)), slot(P1, item(6, 3)), slot(P1, item(7, 3)), slot(P1, item(8, 3)))
                .penalizesBy(10);
    }

    @Test
    void usedItemsCostTheirSessions() {
        Item used = new Item(1, "Q1", 1, ItemType.SINGLE_CHOICE, "A-B", "A-B-A-1", Importance.X, 3, List.of(),
                7, Integer.MAX_VALUE, true, new int[0]);
        verifier.verifyThat(AssemblyConstraints::exposureBalance)
                .given(slot(P0, used), slot(P0, item(2, 3)))
                .penalizesBy(7);
    }

    @Test
    void itemsFromRecentPapersCostOnePerPaper() {
        Item seen = new Item(1, "Q1", 1, ItemType.SINGLE_CHOICE, "A-B", "A-B-A-1", Importance.X, 3, List.of(),
                0, Integer.MAX_VALUE, true, new int[] {0, 3, 5});
        verifier.verifyThat(AssemblyConstraints::freshness)
                .given(slot(P0, seen), slot(P0, item(2, 3)))
                .penalizesBy(3);
    }

    @Test
    void pointsOfLesserImportanceCostMore() {
        Item y = new Item(1, "Q1", 1, ItemType.SINGLE_CHOICE, "A-B", "A-B-A-1", Importance.Y, 3, List.of(),
                0, Integer.MAX_VALUE, true, new int[0]);
        Item z = new Item(2, "Q2", 2, ItemType.SINGLE_CHOICE, "A-B", "A-B-A-2", Importance.Z, 3, List.of(),
                0, Integer.MAX_VALUE, true, new int[0]);
        verifier.verifyThat(AssemblyConstraints::corePointsFirst)
                .given(slot(P0, y), slot(P0, z), slot(P0, item(3, 3)))
                .penalizesBy(4);
    }

    @Test
    void moreItemsOfABandThanTheMixWantsCostTheExcess() {
        PaperRef mixed = new PaperRef(2, 4, 1, new BigDecimal("0.5"), 4, 20, 120, 1, java.util.Map.of(3, 2, 5, 1));
        // difficulties 3, 3, 3, 5, 5: band 3 one over, band 5 one over; band 1 has no target
        verifier.verifyThat(AssemblyConstraints::difficultyMix)
                .given(slot(mixed, item(1, 3)), slot(mixed, item(2, 3)), slot(mixed, item(3, 3)),
                        slot(mixed, item(4, 5)), slot(mixed, item(5, 5)), slot(mixed, item(6, 1)),
                        slot(P0, item(7, 5)))
                .penalizesBy(2);
    }
}
