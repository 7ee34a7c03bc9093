package org.qbank.bank.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The count-only progress read agrees with the full item read, per level and per reader, and is panel-only. */
@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
class RoundProgressIT {

    @Autowired
    ReviewRoundService review;
    @Autowired
    ReviewRoundQueries queries;
    @Autowired
    ReviewFixtures fx;

    @Test
    void countsPerLevelTheReadersOwnVerdictsAndTheSettledItems() {
        long institution = fx.institution();
        Occupation occupation = fx.occupation();
        Actor admin = ReviewFixtures.admin(institution);
        Actor writer = ReviewFixtures.writer(institution);
        Actor leader = fx.expert(institution, "张组长", Level.ONE, "高级工程师");
        Actor second = fx.expert(institution, "李专家", Level.ONE, null);
        Actor third = fx.expert(institution, "王专家", Level.ONE, null);
        ItemView a = fx.submitted(writer, institution, occupation, Level.THREE, Subject.THEORY, "三级题一");
        ItemView b = fx.submitted(writer, institution, occupation, Level.THREE, Subject.THEORY, "三级题二");
        ItemView c = fx.submitted(writer, institution, occupation, Level.FOUR, Subject.THEORY, "四级题一");
        List<Long> panel = ReviewFixtures.ids(leader, second, third);
        RoundView round = review.open(admin, new OpenRound(institution, occupation.getId(), null,
                Set.of(Level.THREE, Level.FOUR), Set.of(Subject.THEORY), null,
                List.of(a.latest().id(), b.latest().id(), c.latest().id()), panel, leader.userId()));

        for (Actor expert : List.of(leader, second, third)) {
            review.submitVerdict(expert, new SubmitVerdict(round.id(), a.id(), Verdict.PASS, Set.of(), null));
        }
        review.submitVerdict(second, new SubmitVerdict(round.id(), c.id(), Verdict.FAIL, Set.of(), null));
        review.conclude(leader, new ConcludeItem(round.id(), a.id(), null, null));

        // a is settled; b and c are still being decided.
        assertThat(queries.itemsUnderReview(admin, institution)).containsExactlyInAnyOrder(b.id(), c.id());
        assertThatThrownBy(() -> queries.itemsUnderReview(second, institution)).isInstanceOf(AccessDeniedException.class);

        RoundProgress bySecond = queries.progress(second, round.id());
        assertThat(bySecond.levels()).containsExactly(
                new RoundProgress.LevelCount(Level.FOUR, 1, 1, 0),
                new RoundProgress.LevelCount(Level.THREE, 2, 1, 1));
        assertThat(bySecond.total()).isEqualTo(3);
        assertThat(bySecond.mine()).isEqualTo(2);
        assertThat(queries.progress(leader, round.id()).mine()).isEqualTo(1);

        // The same counts as the full read that loads every pinned version.
        List<RoundItemDetail> full = queries.items(second, round.id());
        assertThat(bySecond.mine()).isEqualTo((int) full.stream().filter(d -> d.myVerdict() != null).count());
        assertThat(queries.marks(second, round.id())).extracting(m -> m.item().itemId(), m -> m.myVerdict() != null)
                .containsExactlyElementsOf(full.stream()
                        .map(d -> org.assertj.core.groups.Tuple.tuple(d.item().itemId(), d.myVerdict() != null)).toList());

        assertThatThrownBy(() -> queries.progress(admin, round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.marks(admin, round.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void panelCandidatesAreTheEnabledReviewersWithTheWarningTheRoundWouldRecord() {
        long institution = fx.institution();
        Actor admin = ReviewFixtures.admin(institution);
        Actor senior = fx.expert(institution, "张组长", Level.ONE, "高级工程师");
        Actor junior = fx.expert(institution, "王专家", Level.THREE, null);
        List<PanelCandidate> forThree = queries.panelCandidates(admin, institution, Set.of(Level.THREE));
        assertThat(forThree).extracting(PanelCandidate::userId).contains(senior.userId(), junior.userId())
                .doesNotContain(admin.userId());
        assertThat(forThree).filteredOn(c -> c.userId() == junior.userId()).singleElement()
                .satisfies(c -> assertThat(c.warning()).isEqualTo("专家本人等级为 三级/高级工, 低于评审 三级/高级工 试题所需的 二级/技师及以上"));
        assertThat(forThree).filteredOn(c -> c.userId() == senior.userId()).singleElement()
                .satisfies(c -> assertThat(c.warning()).isNull());
        assertThatThrownBy(() -> queries.panelCandidates(senior, institution, Set.of(Level.THREE)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
