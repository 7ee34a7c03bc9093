package org.qbank.bank.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.common.Texts;

/**
 * 评审轮次: a panel of 3–5 experts reviewing pinned item versions of one occupation (and work type). The aggregate
 * guards every rule of the review itself — who may vote, who concludes and signs, when a level can be signed —
 * and refuses before changing anything. Item statuses are moved by the service through ItemService.
 */
@Entity
@Table(name = "review_round")
class ReviewRound {

    static final int MIN_PANEL = 3;
    static final int MAX_PANEL = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long institutionId;

    @Column(nullable = false, updatable = false)
    private long occupationId;

    @Column(updatable = false)
    private Long workTypeId;

    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundState state;

    @Column(nullable = false, updatable = false)
    private boolean imported;

    private LocalDate reviewDate;
    private String conclusion;

    @Column(nullable = false, updatable = false)
    private long openedBy;

    @Column(nullable = false, updatable = false)
    private Instant openedAt;

    private Instant closedAt;

    @Version
    private long lockVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_round_scope", joinColumns = @JoinColumn(name = "round_id"))
    private Set<RoundScope> scope = new HashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<PanelMember> panel = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    @OrderBy("level desc, itemCode")
    private List<RoundItem> items = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    @OrderBy("submittedAt, id")
    private List<ExpertVerdict> verdicts = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    @OrderBy("level desc")
    private List<LevelSignOff> signOffs = new ArrayList<>();

    protected ReviewRound() {
    }

    ReviewRound(RoundHeader header, Set<RoundScope> scope, List<PanelMember> panel, List<PinnedVersion> versions,
                boolean imported, Instant openedAt) {
        if (panel.size() < MIN_PANEL || panel.size() > MAX_PANEL) {
            throw RuleViolationException.of("panel", "评审专家组须由 " + MIN_PANEL + " 至 " + MAX_PANEL + " 名专家组成, 当前为 "
                    + panel.size() + " 名");
        }
        if (panel.stream().filter(PanelMember::leader).count() != 1) {
            throw RuleViolationException.of("leaderUserId", "评审专家组须有且只有一名组长");
        }
        this.institutionId = header.institutionId();
        this.occupationId = header.occupationId();
        this.workTypeId = header.workTypeId();
        this.place = header.place();
        this.reviewDate = header.reviewDate();
        this.openedBy = header.openedBy();
        this.imported = imported;
        this.openedAt = openedAt;
        this.state = RoundState.OPEN;
        this.scope = new HashSet<>(scope);
        this.panel = new ArrayList<>(panel);
        versions.forEach(v -> items.add(new RoundItem(v)));
    }

    /** Round-level facts given when opening. */
    record RoundHeader(long institutionId, long occupationId, Long workTypeId, String place, LocalDate reviewDate,
                       long openedBy) {
    }

    ExpertVerdict submitVerdict(long userId, long itemId, Verdict verdict, Set<ReviewReason> reasons, String comment,
                                Instant at) {
        requireOpen();
        requireMember(userId, "提交评审意见");
        RoundItem item = item(itemId);
        if (item.state() != RoundItemState.PENDING) {
            throw new ConflictException("item-concluded", "试题 " + item.itemCode() + " 已形成结论, 不能再提交评审意见");
        }
        if (verdictOf(userId, itemId).isPresent()) {
            throw new ConflictException("verdict-exists", "你已提交试题 " + item.itemCode() + " 的评审意见, 不能重复提交");
        }
        ExpertVerdict v = new ExpertVerdict(itemId, item.versionId(), userId, verdict, reasons, comment, at);
        verdicts.add(v);
        return v;
    }

    /**
     * The panel conclusion on one item: the verdict with the most votes once every expert has voted; a tie at the
     * top is broken by the leader's {@code choice} (one of the tied verdicts) with a {@code note}. A choice that
     * contradicts a clear result is refused.
     */
    RoundItem conclude(long userId, long itemId, Verdict choice, String note, Instant at) {
        requireOpen();
        requireLeader(userId, "形成试题结论");
        RoundItem item = item(itemId);
        Map<Verdict, Integer> tally = tally(itemId);
        int votes = tally.values().stream().mapToInt(Integer::intValue).sum();
        if (votes < panel.size()) {
            throw RuleViolationException.of("itemId", "试题 " + item.itemCode() + " 只有 " + votes + "/" + panel.size()
                    + " 名专家提交了评审意见, 全部提交后才能形成结论");
        }
        int top = tally.values().stream().max(Integer::compare).orElse(0);
        List<Verdict> leaders = tally.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
        Verdict result;
        if (leaders.size() == 1) {
            result = leaders.get(0);
            if (choice != null && choice != result) {
                throw RuleViolationException.of("verdict", "多数意见为 " + result.displayName() + ", 组长只能在票数相同时裁决");
            }
        } else {
            if (choice == null || !leaders.contains(choice)) {
                throw RuleViolationException.of("verdict", "票数相同 (" + names(leaders) + "), 须由组长在其中选择结论");
            }
            if (note == null || note.isBlank()) {
                throw RuleViolationException.of("note", "票数相同时组长裁决须写明理由");
            }
            result = choice;
        }
        item.conclude(result, Texts.optional(note), at);
        return item;
    }

    RoundItem confirmRevision(long userId, long itemId, PinnedVersion revised) {
        requireOpen();
        requireLeader(userId, "确认修改稿");
        RoundItem item = item(itemId);
        requireLevelUnsigned(item.level());
        if (revised.status() != org.qbank.bank.item.ItemStatus.SUBMITTED) {
            throw RuleViolationException.of("itemId", "试题 " + item.itemCode() + " 的修改稿 v" + revised.versionNumber()
                    + " 当前为 " + revised.status().displayName() + ", 须由命题人提交后才能确认");
        }
        if (revised.itemId() != itemId || revised.versionNumber() <= item.versionNumber()) {
            throw RuleViolationException.of("versionId", "修改稿须是试题 " + item.itemCode() + " 的新版本 (晚于 v"
                    + item.versionNumber() + ")");
        }
        if (panel.stream().anyMatch(m -> m.is(revised.authorId()))) {
            throw RuleViolationException.of("versionId", "修改稿的命题人是本轮评审专家, 须回避");
        }
        item.confirmRevision(revised);
        return item;
    }

    RoundItem moveOut(long userId, long itemId, String note) {
        requireOpen();
        requireLeader(userId, "将试题移至后续评审");
        RoundItem item = item(itemId);
        requireLevelUnsigned(item.level());
        item.moveOut(Texts.optional(note));
        return item;
    }

    /** Signs one level: every item of it settled, not signed before; {@code digest} computes the covered digest. */
    LevelSignOff sign(long userId, Level level, String opinion, String signerName,
                      Function<List<CoveredVersion>, String> digest, Instant at) {
        requireOpen();
        requireLeader(userId, "签署评审意见");
        if (levels().stream().noneMatch(l -> l == level)) {
            throw RuleViolationException.of("level", "本轮评审不含 " + level.displayName());
        }
        requireLevelUnsigned(level);
        if (opinion == null || opinion.isBlank()) {
            throw RuleViolationException.of("opinion", "须填写 " + level.displayName() + " 的评审意见");
        }
        List<String> open = items.stream().filter(i -> i.level() == level && !i.state().settled())
                .map(i -> i.itemCode() + "(" + i.state().displayName() + ")").toList();
        if (!open.isEmpty()) {
            throw RuleViolationException.of("level", level.displayName() + " 还有 " + open.size()
                    + " 道试题未形成最终结论, 不能签署: " + String.join(", ", open));
        }
        LevelSignOff s = new LevelSignOff(level, opinion.strip(), userId, signerName, at, digest.apply(covered(level)));
        signOffs.add(s);
        return s;
    }

    void close(long userId, String overall, Instant at) {
        requireOpen();
        requireLeader(userId, "结束评审");
        List<String> unsigned = levels().stream().filter(l -> signOff(l).isEmpty()).map(Level::displayName).toList();
        if (!unsigned.isEmpty()) {
            throw RuleViolationException.of("level", "以下等级尚未签署评审意见: " + String.join(", ", unsigned));
        }
        if (overall == null || overall.isBlank()) {
            throw RuleViolationException.of("conclusion", "须填写评审结论");
        }
        this.conclusion = overall.strip();
        this.closedAt = at;
        this.state = RoundState.CLOSED;
    }

    /** An imported paper review: every item passed, every level signed by the leader on the review date. */
    void recordImported(String overall, String leaderName, Instant signedAt,
                        Function<Level, Function<List<CoveredVersion>, String>> digest) {
        for (RoundItem i : items) {
            i.conclude(Verdict.PASS, "纸质评审已审定", signedAt);
        }
        for (Level l : levels()) {
            signOffs.add(new LevelSignOff(l, "已审定 (纸质评审记录导入)", null, leaderName, signedAt, digest.apply(l).apply(covered(l))));
        }
        this.conclusion = overall;
        this.closedAt = signedAt;
        this.state = RoundState.CLOSED;
    }

    /** The versions a level's sheet covers, in version-id order. */
    List<CoveredVersion> covered(Level level) {
        return items.stream().filter(i -> i.level() == level && i.state().covered()).map(RoundItem::covered)
                .sorted(Comparator.comparingLong(CoveredVersion::versionId)).toList();
    }

    Map<Verdict, Integer> tally(long itemId) {
        Map<Verdict, Integer> t = new EnumMap<>(Verdict.class);
        verdicts.stream().filter(v -> v.itemId() == itemId).forEach(v -> t.merge(v.verdict(), 1, Integer::sum));
        return t;
    }

    Optional<ExpertVerdict> verdictOf(long userId, long itemId) {
        return verdicts.stream().filter(v -> v.userId() == userId && v.itemId() == itemId).findFirst();
    }

    List<ExpertVerdict> verdictsOn(long itemId) {
        return verdicts.stream().filter(v -> v.itemId() == itemId).toList();
    }

    Optional<LevelSignOff> signOff(Level level) {
        return signOffs.stream().filter(s -> s.level() == level).findFirst();
    }

    /** Levels of the round, highest number (五级) first as on the form. */
    List<Level> levels() {
        return new TreeSet<>(scope.stream().map(RoundScope::level).toList()).stream()
                .sorted(Comparator.comparingInt(Level::number).reversed()).toList();
    }

    Set<Subject> subjects() {
        return new TreeSet<>(scope.stream().map(RoundScope::subject).toList());
    }

    boolean isMember(long userId) {
        return panel.stream().anyMatch(m -> m.is(userId));
    }

    Optional<PanelMember> member(long userId) {
        return panel.stream().filter(m -> m.is(userId)).findFirst();
    }

    PanelMember leader() {
        return panel.stream().filter(PanelMember::leader).findFirst().orElseThrow();
    }

    RoundItem item(long itemId) {
        return items.stream().filter(i -> i.itemId() == itemId).findFirst()
                .orElseThrow(() -> NotFoundException.of("本轮评审中的试题", itemId));
    }

    private void requireOpen() {
        if (state != RoundState.OPEN) {
            throw new ConflictException("round-closed", "评审轮次 " + id + " 已结束, 不能再修改");
        }
    }

    private void requireMember(long userId, String action) {
        if (!isMember(userId)) {
            throw new AccessDeniedException("你不是本轮评审专家组成员, 不能" + action);
        }
    }

    private void requireLeader(long userId, String action) {
        if (!leader().is(userId)) {
            throw new AccessDeniedException("只有评审专家组组长可以" + action);
        }
    }

    private void requireLevelUnsigned(Level level) {
        signOff(level).ifPresent(s -> {
            throw new ConflictException("already-signed", level.displayName() + " 已由 " + s.view().signerName()
                    + " 签署, 不能再次签署或修改");
        });
    }

    private static String names(List<Verdict> verdicts) {
        return String.join(" / ", verdicts.stream().map(Verdict::displayName).toList());
    }

    Long getId() {
        return id;
    }

    long institutionId() {
        return institutionId;
    }

    long occupationId() {
        return occupationId;
    }

    Long workTypeId() {
        return workTypeId;
    }

    String place() {
        return place;
    }

    RoundState state() {
        return state;
    }

    boolean imported() {
        return imported;
    }

    LocalDate reviewDate() {
        return reviewDate;
    }

    String conclusion() {
        return conclusion;
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant closedAt() {
        return closedAt;
    }

    long lockVersion() {
        return lockVersion;
    }

    List<PanelMember> panel() {
        return List.copyOf(panel);
    }

    List<RoundItem> items() {
        return List.copyOf(items);
    }

    List<LevelSignOff> signOffs() {
        return List.copyOf(signOffs);
    }
}
