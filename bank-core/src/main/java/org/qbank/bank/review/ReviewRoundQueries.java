package org.qbank.bank.review;

import java.util.List;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
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
    private final PanelBuilder panels;

    ReviewRoundQueries(ReviewRounds rounds, RoundAccess access, ItemService items, PanelBuilder panels) {
        this.rounds = rounds;
        this.access = access;
        this.items = items;
        this.panels = panels;
    }

    /**
     * Who may be put on a panel of the institution: its enabled REVIEWER accounts, each with the qualification
     * warning a round of {@code targetLevels} would record. For those who open rounds (EXAM_ADMIN,
     * INSTITUTION_ADMIN of the institution).
     */
    @Transactional(readOnly = true)
    public List<PanelCandidate> panelCandidates(Actor actor, long institutionId, Set<Level> targetLevels) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        actor.requireRole("组建评审专家组", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        return panels.candidates(institutionId, targetLevels);
    }

    @Transactional(readOnly = true)
    public RoundView get(Actor actor, long roundId) {
        return RoundViews.of(access.visible(actor, roundId));
    }

    /**
     * Items of the institution a panel is still deciding: pinned in an open round and not yet settled there. A
     * round-opening form leaves them out, since the bank keeps them SUBMITTED until the leader concludes them.
     */
    @Transactional(readOnly = true)
    public Set<Long> itemsUnderReview(Actor actor, long institutionId) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        actor.requireRole("组织评审", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        return rounds.findByInstitutionIdOrderByOpenedAtDesc(institutionId).stream()
                .filter(r -> r.state() == RoundState.OPEN)
                .flatMap(r -> r.items().stream()).filter(i -> !i.state().settled())
                .map(RoundItem::itemId).collect(java.util.stream.Collectors.toUnmodifiableSet());
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
     * The reader's progress in a round, per level: items, own verdicts, settled items. Panel members only. Counts
     * come from the round alone (no item version is read), so 我的评审 stays one read per round.
     */
    @Transactional(readOnly = true)
    public RoundProgress progress(Actor actor, long roundId) {
        ReviewRound round = access.forMember(actor, roundId);
        return new RoundProgress(roundId, round.levels().stream().map(level -> {
            List<RoundItem> at = round.items().stream().filter(i -> i.level() == level).toList();
            int mine = (int) at.stream().filter(i -> round.verdictOf(actor.userId(), i.itemId()).isPresent()).count();
            int settled = (int) at.stream().filter(i -> i.state().settled()).count();
            return new RoundProgress.LevelCount(level, at.size(), mine, settled);
        }).toList());
    }

    /** One item of the round with its pinned content and the caller's own verdict; panel members only. */
    @Transactional(readOnly = true)
    public RoundItemDetail item(Actor actor, long roundId, long itemId) {
        ReviewRound round = access.forMember(actor, roundId);
        RoundItem i = round.item(itemId);
        return new RoundItemDetail(i.view(), content(actor, i),
                round.verdictOf(actor.userId(), itemId).map(v -> v.view(name(round, v.userId()))).orElse(null));
    }

    /** The round's items with their state and the caller's own verdict, without content; panel members only. */
    @Transactional(readOnly = true)
    public List<RoundItemMark> marks(Actor actor, long roundId) {
        ReviewRound round = access.forMember(actor, roundId);
        return round.items().stream().map(i -> new RoundItemMark(i.view(),
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
