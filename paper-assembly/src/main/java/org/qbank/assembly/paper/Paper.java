package org.qbank.assembly.paper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.qbank.assembly.fingerprint.PaperFingerprint;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * A paper and its lifecycle. It guards its own transitions: a paper is issued once, to one session; only an
 * issued paper becomes USED; ISSUED and USED papers may be VOIDED with a reason.
 */
public final class Paper {

    private final Long id;
    private final long institutionId;
    private final PaperScope scope;
    private final String blueprintName;
    private final List<PaperItem> items;
    private final PaperFingerprint fingerprint;
    private final BigDecimal maxEarlierOverlap;
    private final int lookBackMonths;
    private final long version;
    private final Long optionSeed;
    private final boolean spare;
    private Long replacesPaperId;
    private PaperStatus status;
    private Long sessionId;
    private String voidReason;
    private Instant issuedAt;
    private Instant closedAt;

    Paper(Long id, long institutionId, PaperScope scope, String blueprintName, List<PaperItem> items,
          BigDecimal maxEarlierOverlap, int lookBackMonths, PaperStatus status, Long sessionId, String voidReason,
          Instant issuedAt, Instant closedAt, long version, Long optionSeed, boolean spare, Long replacesPaperId) {
        this.id = id;
        this.spare = spare;
        this.replacesPaperId = replacesPaperId;
        this.optionSeed = optionSeed;
        this.institutionId = institutionId;
        this.scope = scope;
        this.blueprintName = blueprintName;
        this.items = List.copyOf(items);
        this.fingerprint = PaperFingerprint.of(items.stream().map(PaperItem::itemCode).toList());
        this.maxEarlierOverlap = maxEarlierOverlap;
        this.lookBackMonths = lookBackMonths;
        this.status = status;
        this.sessionId = sessionId;
        this.voidReason = voidReason;
        this.issuedAt = issuedAt;
        this.closedAt = closedAt;
        this.version = version;
    }

    static Paper draft(long institutionId, PaperScope scope, String blueprintName, List<PaperItem> items,
                       BigDecimal maxEarlierOverlap, int lookBackMonths, Long optionSeed, boolean spare) {
        return new Paper(null, institutionId, scope, blueprintName, items, maxEarlierOverlap, lookBackMonths,
                PaperStatus.DRAFT, null, null, null, null, 0, optionSeed, spare, null);
    }

    void issueTo(long session, Instant at) {
        if (status != PaperStatus.DRAFT) {
            throw new ConflictException("paper-not-draft", "试卷 " + id + " 当前状态为" + status.displayName()
                    + ", 只有草稿可以发放 (一套试卷只能发给一个场次)");
        }
        status = PaperStatus.ISSUED;
        sessionId = session;
        issuedAt = at;
    }

    /** Issued as the replacement of a voided paper of the same session. */
    void replaces(Paper voided) {
        if (voided.status != PaperStatus.VOIDED || !java.util.Objects.equals(voided.sessionId, sessionId)) {
            throw new ConflictException("not-a-replacement", "试卷 " + voided.id + " 不是本场次已作废的试卷, 不能被替换");
        }
        replacesPaperId = voided.id;
    }

    void markUsed(Instant at) {
        if (status != PaperStatus.ISSUED) {
            throw new ConflictException("paper-not-issued", "试卷 " + id + " 当前状态为" + status.displayName()
                    + ", 只有已发放的试卷可以标记为已使用");
        }
        status = PaperStatus.USED;
        closedAt = at;
    }

    /** Only a paper that reached a session (issued or used) can be voided. */
    public boolean voidable() {
        return status == PaperStatus.ISSUED || status == PaperStatus.USED;
    }

    /**
     * Whether a replacement may be issued for this paper: it is its session's issued paper, or it was voided and
     * the session has no live paper since ({@code sessionHasLivePaper}). The draw rules still apply when it is.
     */
    public boolean replaceable(boolean sessionHasLivePaper) {
        return sessionId != null && (status == PaperStatus.ISSUED || status == PaperStatus.VOIDED && !sessionHasLivePaper);
    }

    void voidFor(String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw org.qbank.bank.common.RuleViolationException.of("reason", "作废试卷必须说明原因");
        }
        if (!voidable()) {
            throw new ConflictException("paper-not-issued", "试卷 " + id + " 当前状态为" + status.displayName()
                    + ", 只有已发放或已使用的试卷可以作废");
        }
        status = PaperStatus.VOIDED;
        voidReason = reason.strip();
        closedAt = at;
    }

    public Long id() {
        return id;
    }

    public long institutionId() {
        return institutionId;
    }

    public PaperScope scope() {
        return scope;
    }

    public String blueprintName() {
        return blueprintName;
    }

    public List<PaperItem> items() {
        return items;
    }

    public PaperFingerprint fingerprint() {
        return fingerprint;
    }

    public BigDecimal maxEarlierOverlap() {
        return maxEarlierOverlap;
    }

    public int lookBackMonths() {
        return lookBackMonths;
    }

    public PaperStatus status() {
        return status;
    }

    public Long sessionId() {
        return sessionId;
    }

    public String voidReason() {
        return voidReason;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }

    /** A 备用卷: a draft kept as a spare of a batch, issued to a session when needed. */
    public boolean spare() {
        return spare;
    }

    /** The voided paper of the same session this one replaced; null for a first issue. */
    public Long replacesPaperId() {
        return replacesPaperId;
    }

    /** The seed the options were shuffled with; null when they are printed as stored. */
    public Long optionSeed() {
        return optionSeed;
    }

    /** Level and subject as well as occupation and work type: the look-back compares within one scope. */
    public record PaperScope(String occupationCode, String workType, Level level, Subject subject) {
        public PaperScope {
            workType = workType == null ? "" : workType;
        }
    }
}
