package org.qbank.bank.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.knowledge.LevelNumberConverter;

/**
 * One item in a round: the version pinned when the round opened (id, number, content hash), the panel's
 * conclusion, and for 修改后通过 the revised version the leader confirmed.
 */
@Entity
@Table(name = "review_round_item")
class RoundItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long itemId;

    @Column(nullable = false, updatable = false)
    private String itemCode;

    @Convert(converter = LevelNumberConverter.class)
    @Column(nullable = false, updatable = false)
    private Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Subject subject;

    @Column(nullable = false, updatable = false)
    private long versionId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNumber;

    @Column(nullable = false, updatable = false)
    private String contentHash;

    @Column(nullable = false, updatable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundItemState state;

    @Enumerated(EnumType.STRING)
    private Verdict conclusion;

    private String conclusionNote;
    private Instant concludedAt;
    private Long revisedVersionId;

    @Column(name = "revised_version_no")
    private Integer revisedVersionNumber;

    private String revisedHash;

    protected RoundItem() {
    }

    RoundItem(PinnedVersion v) {
        this.itemId = v.itemId();
        this.itemCode = v.itemCode();
        this.level = v.level();
        this.subject = v.subject();
        this.versionId = v.versionId();
        this.versionNumber = v.versionNumber();
        this.contentHash = v.contentHash();
        this.authorId = v.authorId();
        this.state = RoundItemState.PENDING;
    }

    void conclude(Verdict verdict, String note, Instant at) {
        requireState(RoundItemState.PENDING, "形成结论");
        this.conclusion = verdict;
        this.conclusionNote = note;
        this.concludedAt = at;
        this.state = switch (verdict) {
            case PASS -> RoundItemState.PASSED;
            case FAIL -> RoundItemState.FAILED;
            case PASS_AFTER_REVISION -> RoundItemState.AWAITING_REVISION;
        };
    }

    void confirmRevision(PinnedVersion revised) {
        requireState(RoundItemState.AWAITING_REVISION, "确认修改稿");
        this.revisedVersionId = revised.versionId();
        this.revisedVersionNumber = revised.versionNumber();
        this.revisedHash = revised.contentHash();
        this.state = RoundItemState.REVISION_CONFIRMED;
    }

    void moveOut(String note) {
        if (state != RoundItemState.PENDING && state != RoundItemState.AWAITING_REVISION) {
            throw new ConflictException("item-settled", "试题 " + itemCode + " 已" + state.displayName() + ", 不能移至后续评审");
        }
        this.conclusionNote = note;
        this.state = RoundItemState.MOVED_OUT;
    }

    private void requireState(RoundItemState expected, String action) {
        if (state != expected) {
            throw new ConflictException("item-state", "试题 " + itemCode + " 当前为 " + state.displayName() + ", 不能" + action);
        }
    }

    /** The version the sheet covers: the confirmed revision, otherwise the pinned version. */
    CoveredVersion covered() {
        return revisedVersionId != null
                ? new CoveredVersion(itemId, itemCode, revisedVersionId, revisedVersionNumber, revisedHash, state.expectedStatus())
                : new CoveredVersion(itemId, itemCode, versionId, versionNumber, contentHash, state.expectedStatus());
    }

    RoundItemView view() {
        return new RoundItemView(itemId, itemCode, level, subject, versionId, versionNumber, contentHash, state,
                conclusion, conclusionNote, concludedAt, revisedVersionId, revisedVersionNumber);
    }

    long itemId() {
        return itemId;
    }

    String itemCode() {
        return itemCode;
    }

    Level level() {
        return level;
    }

    Subject subject() {
        return subject;
    }

    long versionId() {
        return versionId;
    }

    int versionNumber() {
        return versionNumber;
    }

    long authorId() {
        return authorId;
    }

    RoundItemState state() {
        return state;
    }

    Verdict conclusion() {
        return conclusion;
    }
}
