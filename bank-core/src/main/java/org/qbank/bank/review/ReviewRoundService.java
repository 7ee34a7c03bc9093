package org.qbank.bank.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Texts;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ReviewDecision;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow: open a round, experts' independent verdicts, the leader's conclusions (which move the
 * items through {@link ItemService}), revision confirmations, per-level sign-offs and the close. Every refusal
 * happens before anything is written; every change is audited with entity type {@value RoundAudit#ENTITY}.
 */
@Service
public class ReviewRoundService {

    private static final Role[] OPENERS = {Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN};

    private final ReviewRounds rounds;
    private final ItemVersionLookup versions;
    private final PanelBuilder panels;
    private final ItemService items;
    private final RoundAudit audit;
    private final Clock clock;

    ReviewRoundService(ReviewRounds rounds, ItemVersionLookup versions, PanelBuilder panels, ItemService items,
                       RoundAudit audit, Clock clock) {
        this.rounds = rounds;
        this.versions = versions;
        this.panels = panels;
        this.items = items;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a round; refuses (RuleViolation, listing every problem) a panel outside 3–5, conflicts of interest, bad versions. */
    @Transactional
    public RoundView open(Actor actor, OpenRound cmd) {
        actor.requireInstitution(cmd.institutionId(), "机构", cmd.institutionId());
        actor.requireRole("开启评审", OPENERS);
        List<Violation> problems = new ArrayList<>();
        if (cmd.levels().isEmpty()) {
            problems.add(new Violation("levels", "须至少选择一个等级"));
        }
        if (cmd.subjects().isEmpty()) {
            problems.add(new Violation("subjects", "须至少选择一个科目"));
        }
        List<PanelMember> panel = panels.build(cmd, List.copyOf(cmd.levels()), problems);
        List<PinnedVersion> found = versions.byIds(new HashSet<>(cmd.versionIds()));
        RoundScopeCheck.versions(cmd.institutionId(), cmd.occupationId(), cmd.workTypeId(), cmd.levels(), cmd.subjects(),
                cmd.versionIds(), found, ItemStatus.SUBMITTED, problems);
        cmd.levels().stream().filter(l -> found.stream().noneMatch(v -> v.level() == l))
                .forEach(l -> problems.add(new Violation("levels", l.displayName() + " 没有待评审的试题版本")));
        RoundScopeCheck.conflicts(panel, found, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        var scope = new HashSet<RoundScope>();
        cmd.levels().forEach(l -> cmd.subjects().forEach(s -> scope.add(new RoundScope(l, s))));
        ReviewRound round = rounds.saveAndFlush(new ReviewRound(new ReviewRound.RoundHeader(cmd.institutionId(),
                cmd.occupationId(), cmd.workTypeId(), Texts.optional(cmd.place()), null, actor.userId()), scope, panel,
                found, false, now()));
        RoundView view = RoundViews.of(round);
        audit.record(actor, round, "REVIEW_ROUND_OPENED", "开启评审: " + found.size() + " 个试题版本, 专家 "
                + panel.stream().map(PanelMember::name).collect(Collectors.joining("、")) + " (组长 " + round.leader().name()
                + ")" + (view.warnings().isEmpty() ? "" : "; 资格提示: " + String.join("; ", view.warnings())));
        return view;
    }

    /** A panel member's verdict on one item; non-members are refused, a second verdict by the same expert too. */
    @Transactional
    public VerdictView submitVerdict(Actor actor, SubmitVerdict cmd) {
        ReviewRound round = load(actor, cmd.roundId());
        if (cmd.verdict() == null) {
            throw RuleViolationException.of("verdict", "须选择评审结论: 通过 / 修改后通过 / 不通过");
        }
        ExpertVerdict v = round.submitVerdict(actor.userId(), cmd.itemId(), cmd.verdict(), cmd.reasons(),
                Texts.optional(cmd.comment()), now());
        flush(round);
        RoundItem item = round.item(cmd.itemId());
        String name = round.member(actor.userId()).map(PanelMember::name).orElse(actor.username());
        audit.record(actor, round, "REVIEW_VERDICT_SUBMITTED", name + " 评审试题 " + item.itemCode() + " v"
                + item.versionNumber() + ": " + cmd.verdict().displayName());
        return v.view(name);
    }

    /**
     * The leader concludes one item (majority, or the leader's tie-break with a note) and the item moves through
     * ItemService: 通过 → APPROVED, 修改后通过 → REVISE, 不通过 → REJECTED.
     */
    @Transactional
    public RoundItemView conclude(Actor actor, ConcludeItem cmd) {
        ReviewRound round = load(actor, cmd.roundId());
        RoundItem item = round.conclude(actor.userId(), cmd.itemId(), cmd.verdict(), cmd.note(), now());
        flush(round);
        Map<Verdict, Integer> tally = round.tally(item.itemId());
        String votes = tally.entrySet().stream().map(e -> e.getKey().displayName() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        String note = "评审轮次 " + round.getId() + " 专家组结论: " + item.conclusion().displayName() + " (" + votes + ")"
                + (cmd.note() == null || cmd.note().isBlank() ? "" : "; 组长意见: " + cmd.note().strip());
        ReviewDecision decision = new ReviewDecision(item.itemId(), item.versionNumber(), note);
        switch (item.conclusion()) {
            case PASS -> items.approve(actor, decision);
            case PASS_AFTER_REVISION -> items.sendBack(actor, decision);
            case FAIL -> items.reject(actor, decision);
        }
        audit.record(actor, round, "REVIEW_ITEM_CONCLUDED", "试题 " + item.itemCode() + " v" + item.versionNumber()
                + ": " + item.conclusion().displayName() + " (" + votes + ")"
                + (cmd.note() == null || cmd.note().isBlank() ? "" : "; " + cmd.note().strip()));
        return item.view();
    }

    /** The leader confirms the writer's revised (submitted) version of a 修改后通过 item: it becomes APPROVED. */
    @Transactional
    public RoundItemView confirmRevision(Actor actor, long roundId, long itemId) {
        ReviewRound round = load(actor, roundId);
        PinnedVersion revised = versions.latest(itemId).orElseThrow(() -> NotFoundException.of("试题", itemId));
        RoundItem item = round.confirmRevision(actor.userId(), itemId, revised);
        flush(round);
        items.approve(actor, new ReviewDecision(itemId, revised.versionNumber(),
                "评审轮次 " + round.getId() + " 组长确认修改稿 (原 v" + item.versionNumber() + " 修改后通过)"));
        audit.record(actor, round, "REVIEW_REVISION_CONFIRMED", "试题 " + item.itemCode() + " 修改稿 v"
                + revised.versionNumber() + " 确认通过 (原 v" + item.versionNumber() + ")", revised.contentHash());
        return item.view();
    }

    /** The leader moves an undecided or awaiting-revision item to a later round: this round's sheet will not cover it. */
    @Transactional
    public RoundItemView moveToLaterRound(Actor actor, long roundId, long itemId, String note) {
        ReviewRound round = load(actor, roundId);
        RoundItem item = round.moveOut(actor.userId(), itemId, note);
        flush(round);
        audit.record(actor, round, "REVIEW_ITEM_MOVED_OUT", "试题 " + item.itemCode() + " 移至后续评审"
                + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        return item.view();
    }

    /** The leader signs one level's 评审意见; the sign-off carries the digest of the covered versions. */
    @Transactional
    public SignOffView sign(Actor actor, SignLevel cmd) {
        ReviewRound round = load(actor, cmd.roundId());
        String signer = round.member(actor.userId()).map(PanelMember::name).orElse(actor.username());
        LevelSignOff s = round.sign(actor.userId(), cmd.level(), cmd.opinion(), signer,
                covered -> ReviewDigest.of(round.getId(), cmd.level(), covered), now());
        try {
            flush(round);
        } catch (DataIntegrityViolationException concurrentSignOff) {
            throw new ConflictException("already-signed", cmd.level().displayName() + " 已签署, 不能再次签署");
        }
        audit.record(actor, round, "REVIEW_LEVEL_SIGNED", signer + " 签署 " + cmd.level().displayName() + " 评审意见, 覆盖 "
                + round.covered(cmd.level()).size() + " 个试题版本", s.digest());
        return s.view();
    }

    /** The leader closes the round with the overall 评审结论, once every level is signed. */
    @Transactional
    public RoundView close(Actor actor, long roundId, String conclusion) {
        ReviewRound round = load(actor, roundId);
        round.close(actor.userId(), conclusion, now());
        flush(round);
        audit.record(actor, round, "REVIEW_ROUND_CLOSED", "评审结论: " + round.conclusion());
        return RoundViews.of(round);
    }

    private ReviewRound load(Actor actor, long roundId) {
        ReviewRound round = rounds.findById(roundId).orElseThrow(() -> NotFoundException.of("评审轮次", roundId));
        actor.requireInstitution(round.institutionId(), "评审轮次", roundId);
        return round;
    }

    private void flush(ReviewRound round) {
        try {
            rounds.saveAndFlush(round);
        } catch (ConcurrencyFailureException concurrent) {
            throw ConflictException.staleVersion("评审轮次", round.getId(), round.lockVersion(), round.lockVersion() + 1);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
