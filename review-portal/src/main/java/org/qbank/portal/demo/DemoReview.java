package org.qbank.portal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemCode;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.review.OpenRound;
import org.qbank.bank.review.ReviewRoundQueries;
import org.qbank.bank.review.ReviewRoundService;
import org.qbank.bank.review.RoundView;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's review round: {@value #ITEMS} of the demo bank's 待审 items before a panel of three demo experts
 * (demo-reviewer1 leads), opened by the exam administrator through {@link ReviewRoundService}, so a newcomer can
 * sign in as each expert, review, and finish as the leader with the signed 专家评审意见表.
 */
@Component
@Profile("demo")
class DemoReview {

    static final int ITEMS = 6;
    static final String PLACE = "演示评审会议室 (虚构)";
    static final List<String> PANEL = List.of("demo-reviewer1", "demo-reviewer2", "demo-reviewer3");

    private final ReviewRoundService rounds;
    private final ReviewRoundQueries queries;
    private final ItemService items;
    private final OccupationService occupations;

    DemoReview(ReviewRoundService rounds, ReviewRoundQueries queries, ItemService items, OccupationService occupations) {
        this.rounds = rounds;
        this.queries = queries;
        this.items = items;
        this.occupations = occupations;
    }

    /** The open demo round, opened now unless one is there already (or no item waits for review). */
    Optional<RoundView> ensure(long institutionId, Actor examAdmin, List<Long> panelUserIds) {
        Optional<RoundView> existing = queries.list(examAdmin, institutionId).stream()
                .filter(r -> !r.imported() && PLACE.equals(r.place())).findFirst();
        if (existing.isPresent()) {
            return existing;
        }
        List<Long> versions = new ArrayList<>();
        for (int n = 1; n <= DemoBank.ITEM_COUNT && versions.size() < ITEMS; n++) {
            ItemView item = items.getByCode(examAdmin, institutionId, ItemCode.of(DemoBank.code(n)));
            if (item.latest().status() == ItemStatus.SUBMITTED) {
                versions.add(item.latest().id());
            }
        }
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        long occupation = occupations.find(OccupationCode.of(DemoTree.OCCUPATION_CODE)).orElseThrow().getId();
        return Optional.of(rounds.open(examAdmin, new OpenRound(institutionId, occupation, null, Set.of(Level.THREE),
                Set.of(Subject.THEORY), PLACE, versions, panelUserIds, panelUserIds.get(0))));
    }
}
