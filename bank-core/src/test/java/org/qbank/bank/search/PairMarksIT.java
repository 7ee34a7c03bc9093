package org.qbank.bank.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@StorageTest
@SpringBootTest(classes = {BankCoreTestApplication.class, SearchItBeans.class})
class PairMarksIT {

    private static final AtomicLong NEXT = new AtomicLong(9_300_000);

    @Autowired
    InMemorySearchSource items;
    @Autowired
    SearchAdmin admin;
    @Autowired
    PairMarks marks;
    @Autowired
    NearDuplicateDetector detector;
    @Autowired
    AuditLog audit;
    @Autowired
    DuplicateSweep sweep;

    long institution;
    Actor reviewer;
    SearchDocument original;
    SearchDocument copy;

    @BeforeEach
    void twoCopiesOfOneQuestion() {
        institution = NEXT.incrementAndGet();
        reviewer = new Actor(9, "reviewer", Set.of(Role.REVIEWER, Role.INSTITUTION_ADMIN), Set.of(institution));
        long base = institution * 10;
        original = Items.single(base + 1, institution, "电流通过人体最危险的途径是", "从左手到胸部", "从右手到右脚",
                "从左脚到右脚", "从右手到左手", "A");
        copy = Items.single(base + 2, institution, "电流通过人体最危险的途径是（ ）", "从右手到左手", "从左手到胸部",
                "从左脚到右脚", "从右手到右脚", "B");
        items.save(original);
        items.save(copy);
        admin.reindex(reviewer, institution);
    }

    @Test
    void aPairMarkedNotDuplicateIsNoLongerReported() {
        assertThat(detector.check(reviewer, copy)).extracting(DuplicateMatch::itemId).containsExactly(original.itemId());
        marks.mark(reviewer, institution, copy.itemId(), original.itemId(), PairMarkKind.NOT_DUPLICATE, "题意不同");
        assertThat(detector.check(reviewer, copy)).isEmpty();
        assertThat(detector.check(reviewer, original)).as("the pair is unordered").isEmpty();
        marks.unmark(reviewer, institution, original.itemId(), copy.itemId());
        assertThat(detector.check(reviewer, copy)).hasSize(1);
    }

    @Test
    void enemiesAreStillReportedWithTheirMarkAndListedForAssembly() {
        marks.mark(reviewer, institution, original.itemId(), copy.itemId(), PairMarkKind.ENEMIES, null);
        assertThat(detector.check(reviewer, copy)).singleElement()
                .satisfies(m -> assertThat(m.mark()).isEqualTo(PairMarkKind.ENEMIES));
        marks.mark(reviewer, institution, original.itemId(), copy.itemId(), PairMarkKind.ENEMIES, "同一知识点");
        assertThat(marks.enemies(reviewer, institution)).singleElement().satisfies(p -> {
            assertThat(p.itemA()).isEqualTo(original.itemId());
            assertThat(p.itemB()).isEqualTo(copy.itemId());
            assertThat(p.note()).isEqualTo("同一知识点");
        });
        assertThat(audit.history(reviewer, institution, "item_pair", original.itemId() + "-" + copy.itemId())).hasSize(2);
    }

    @Test
    void marksAreScopedToTheCallersInstitution() {
        Actor other = new Actor(10, "other", Set.of(Role.REVIEWER), Set.of(institution + 1));
        assertThatThrownBy(() -> marks.mark(other, institution, copy.itemId(), original.itemId(),
                PairMarkKind.NOT_DUPLICATE, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> marks.mark(reviewer, institution, copy.itemId(), copy.itemId(),
                PairMarkKind.NOT_DUPLICATE, null)).isInstanceOf(RuleViolationException.class);
        assertThat(marks.enemies(reviewer, institution)).isEmpty();
    }

    @Test
    void aPairNamingAMissingItemOrAnItemOfAnotherInstitutionIsRefusedAndNothingIsStored() {
        long missing = institution * 10 + 9;
        assertThatThrownBy(() -> marks.mark(reviewer, institution, original.itemId(), missing, PairMarkKind.ENEMIES, null))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("试题").hasMessageContaining(Long.toString(missing));

        long otherInstitution = NEXT.incrementAndGet();
        SearchDocument foreign = Items.single(otherInstitution * 10 + 1, otherInstitution, "电流通过人体最危险的途径是",
                "从左手到胸部", "从右手到右脚", "从左脚到右脚", "从右手到左手", "A");
        items.save(foreign);
        assertThatThrownBy(() -> marks.mark(reviewer, institution, foreign.itemId(), original.itemId(),
                PairMarkKind.ENEMIES, null))
                .isInstanceOf(NotFoundException.class).hasMessageContaining(Long.toString(foreign.itemId()));
        assertThatThrownBy(() -> marks.unmark(reviewer, institution, original.itemId(), foreign.itemId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(marks.enemies(reviewer, institution)).isEmpty();
        assertThat(audit.history(reviewer, institution, "item_pair", original.itemId() + "-" + foreign.itemId())).isEmpty();
    }

    @Test
    void aGroupIsMarkedWholeOrNotAtAllAndTheSweepHonoursTheMarks() {
        DuplicateSweep.Scope scope = new DuplicateSweep.Scope(institution, null, null);
        assertThat(sweep.sweep(reviewer, scope).pairs()).extracting(DuplicateSweep.Pair::itemA, DuplicateSweep.Pair::itemB)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(original.itemId(), copy.itemId()));
        long missing = institution * 10 + 9;
        List<long[]> withMissing = List.of(new long[] {original.itemId(), copy.itemId()}, new long[] {original.itemId(), missing});
        assertThatThrownBy(() -> marks.markAll(reviewer, institution, withMissing, PairMarkKind.NOT_DUPLICATE))
                .isInstanceOf(NotFoundException.class).hasMessageContaining(Long.toString(missing));
        assertThat(marks.marks(institution, original.itemId(), List.of(copy.itemId()))).as("nothing stored").isEmpty();
        assertThat(audit.history(reviewer, institution, "item_pair", original.itemId() + "-" + copy.itemId())).isEmpty();

        marks.markAll(reviewer, institution, List.<long[]>of(new long[] {copy.itemId(), original.itemId()}),
                PairMarkKind.NOT_DUPLICATE);
        assertThat(sweep.sweep(reviewer, scope).pairs()).isEmpty();
        assertThat(sweep.sweep(reviewer, scope).items()).isEqualTo(2);
    }
}
