package org.qbank.bank.review;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

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
import jakarta.persistence.Table;

/** One expert's independent verdict on one pinned item version. Written once. */
@Entity
@Table(name = "review_verdict")
class ExpertVerdict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long itemId;

    @Column(nullable = false, updatable = false)
    private long versionId;

    @Column(nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Verdict verdict;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_verdict_reason", joinColumns = @JoinColumn(name = "verdict_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "reason")
    private Set<ReviewReason> reasons = EnumSet.noneOf(ReviewReason.class);

    @Column(updatable = false)
    private String comment;

    @Column(nullable = false, updatable = false)
    private Instant submittedAt;

    protected ExpertVerdict() {
    }

    ExpertVerdict(long itemId, long versionId, long userId, Verdict verdict, Set<ReviewReason> reasons, String comment,
                  Instant submittedAt) {
        this.itemId = itemId;
        this.versionId = versionId;
        this.userId = userId;
        this.verdict = verdict;
        this.reasons = reasons.isEmpty() ? EnumSet.noneOf(ReviewReason.class) : EnumSet.copyOf(reasons);
        this.comment = comment;
        this.submittedAt = submittedAt;
    }

    long itemId() {
        return itemId;
    }

    long userId() {
        return userId;
    }

    Verdict verdict() {
        return verdict;
    }

    VerdictView view(String expertName) {
        return new VerdictView(itemId, versionId, userId, expertName, verdict,
                reasons.isEmpty() ? Set.of() : EnumSet.copyOf(reasons), comment, submittedAt);
    }
}
