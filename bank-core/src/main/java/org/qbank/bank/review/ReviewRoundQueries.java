package org.qbank.bank.review;

import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemVersionView;
import org.qbank.bank.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of rounds. Verdicts stay independent: an expert sees the other experts' verdicts on an item only after
 * submitting their own; the leader's conclusion makes them visible to the whole panel.
 */
@Service
public class ReviewRoundQueries {

    private final ReviewRounds rounds;
    private final RoundAccess access;
    private final ItemService items;

    ReviewRoundQueries(ReviewRounds rounds, RoundAccess access, ItemService items) {
        this.rounds = rounds;
        this.access = access;
        this.items = items;
    }

    @Transactional(readOnly = true)
    public RoundView get(Actor actor, long roundId) {
        return RoundViews.of(access.visible(actor, roundId));
    }

    /** Rounds of an institution, newest first; other readers than its overseers see only the rounds they sit on. */
    @Transactional(readOnly = true)
    public List<RoundView> list(Actor actor, long institutionId) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        return rounds.findByInstitutionIdOrderByOpenedAtDesc(institutionId).stream()
                .filter(r -> r.isMember(actor.userId()) || access.oversees(actor))
                .map(RoundViews::of).toList();
    }

    /** The round's items with their pinned content and the caller's own verdict; panel members only. */
    @Transactional(readOnly = true)
    public List<RoundItemDetail> items(Actor actor, long roundId) {
        ReviewRound round = access.forMember(actor, roundId);
        return round.items().stream().map(i -> new RoundItemDetail(i.view(), content(actor, i),
                round.verdictOf(actor.userId(), i.itemId()).map(v -> v.view(name(round, v.userId()))).orElse(null))).toList();
    }

    /**
     * Every verdict on one item: panel members only, and only once the caller has submitted their own verdict
     * on it (or the item is concluded).
     */
    @Transactional(readOnly = true)
    public List<VerdictView> verdicts(Actor actor, long roundId, long itemId) {
        ReviewRound round = access.forMember(actor, roundId);
        RoundItem item = round.item(itemId);
        if (item.state() == RoundItemState.PENDING && round.verdictOf(actor.userId(), itemId).isEmpty()) {
            throw new AccessDeniedException("请先提交你对试题 " + item.itemCode() + " 的评审意见, 再查看其他专家的意见");
        }
        return round.verdictsOn(itemId).stream().map(v -> v.view(name(round, v.userId()))).toList();
    }

    private org.qbank.bank.item.ItemContent content(Actor actor, RoundItem i) {
        return items.history(actor, i.itemId()).stream().filter(v -> v.id() == i.versionId()).findFirst()
                .map(ItemVersionView::content).orElseThrow(() -> NotFoundException.of("试题版本", i.versionId()));
    }

    static String name(ReviewRound round, long userId) {
        return round.member(userId).map(PanelMember::name).orElse(String.valueOf(userId));
    }
}
