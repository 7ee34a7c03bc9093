package org.qbank.portal.pages.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.review.PanelMemberView;
import org.qbank.bank.review.ReviewRoundQueries;
import org.qbank.bank.review.RoundItemDetail;
import org.qbank.bank.review.RoundItemMark;
import org.qbank.bank.review.RoundProgress;
import org.qbank.bank.review.RoundItemState;
import org.qbank.bank.review.RoundView;
import org.qbank.bank.review.VerdictView;
import org.qbank.portal.pages.NearDuplicates;
import org.springframework.stereotype.Component;

/**
 * Reads what the review pages show, always through bank-core's {@link ReviewRoundQueries} with the signed-in
 * actor: it decides who sees a round's items and when another expert's verdict becomes visible.
 */
@Component
class RoundPages {

    private final ReviewRoundQueries queries;
    private final OccupationService occupations;
    private final ItemService items;
    private final NearDuplicates duplicates;

    RoundPages(ReviewRoundQueries queries, OccupationService occupations, ItemService items, NearDuplicates duplicates) {
        this.queries = queries;
        this.occupations = occupations;
        this.items = items;
        this.duplicates = duplicates;
    }

    /** A round in the 我的评审 list: the reader's own progress and role on the panel. */
    record MyRound(RoundView round, String occupation, boolean leader, int items, int mine) {
    }

    /** Rounds the actor sits on in any of their institutions, newest first. */
    List<MyRound> mine(Actor actor) {
        List<MyRound> out = new ArrayList<>();
        for (long institution : actor.institutionIds().stream().sorted().toList()) {
            for (RoundView r : queries.list(actor, institution)) {
                Optional<PanelMemberView> me = member(r, actor);
                if (me.isPresent() && !r.imported()) {
                    RoundProgress p = queries.progress(actor, r.id());
                    out.add(new MyRound(r, occupation(r), me.get().leader(), p.total(), p.mine()));
                }
            }
        }
        return out;
    }

    RoundView round(Actor actor, long roundId) {
        return queries.get(actor, roundId);
    }

    RoundProgress progress(Actor actor, long roundId) {
        return queries.progress(actor, roundId);
    }

    /** The round's items without their content, for the round page's table. */
    List<RoundItemMark> marks(Actor actor, long roundId) {
        return queries.marks(actor, roundId);
    }

    List<RoundItemDetail> items(Actor actor, long roundId) {
        return queries.items(actor, roundId);
    }

    /** One item with its pinned content; bank-core answers 404 for an item outside the round. */
    RoundItemDetail item(Actor actor, long roundId, long itemId) {
        return queries.item(actor, roundId, itemId);
    }

    ItemView itemOf(Actor actor, long itemId) {
        return items.get(actor, itemId);
    }

    /**
     * Every expert's verdict on an item, or null while bank-core keeps them hidden from the reader (their own
     * verdict not yet given and the item not concluded).
     */
    List<VerdictView> verdictsIfVisible(Actor actor, long roundId, RoundItemDetail d) {
        if (d.item().state() == RoundItemState.PENDING && d.myVerdict() == null) {
            return null;
        }
        return queries.verdicts(actor, roundId, d.item().itemId());
    }

    List<NearDuplicates.Finding> duplicates(Actor actor, RoundView round, RoundItemDetail d, ItemView item) {
        return duplicates.of(actor, round.institutionId(), item.id(), item.type(), item.level(), item.subject(),
                d.content());
    }

    List<NearDuplicates.Neighbour> neighbours(Actor actor, RoundView round, RoundItemDetail d, ItemView item) {
        return duplicates.neighbours(actor, round.institutionId(), item.id(), d.content());
    }

    String occupation(RoundView r) {
        var o = occupations.info(r.occupationId());
        return o.name() + " (" + o.code() + ")";
    }

    static Optional<PanelMemberView> member(RoundView r, Actor actor) {
        return r.panel().stream().filter(m -> m.userId() != null && m.userId() == actor.userId()).findFirst();
    }

    static boolean isLeader(RoundView r, Actor actor) {
        return member(r, actor).map(PanelMemberView::leader).orElse(false);
    }

    /** The leader's view is the leader's alone; bank-core refuses every leader action to anyone else as well. */
    static void requireLeader(RoundView r, Actor actor) {
        if (!isLeader(r, actor)) {
            throw new AccessDeniedException("只有评审专家组组长可以使用组长视图");
        }
    }
}
