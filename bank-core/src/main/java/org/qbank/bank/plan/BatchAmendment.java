package org.qbank.bank.plan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/**
 * One entry of a plan's trail: number 0 is the plan as submitted, 1.. the amendments, each with who, when, why
 * and JSON snapshots of the whole plan before and after. Append-only.
 */
@Entity
@Table(name = "batch_amendment")
class BatchAmendment {

    /** What the entry records. */
    enum Kind { SUBMISSION, AMENDMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long batchId;
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String reason;

    private long actorId;

    @Column(nullable = false)
    private String actorName;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BatchState state;

    private String beforeSnapshot;

    @Column(nullable = false)
    private String afterSnapshot;

    protected BatchAmendment() {
    }

    BatchAmendment(long batchId, int number, Kind kind, String reason, long actorId, String actorName, Instant at,
                   BatchState state, String beforeSnapshot, String afterSnapshot) {
        this.batchId = batchId;
        this.number = number;
        this.kind = kind;
        this.reason = reason;
        this.actorId = actorId;
        this.actorName = actorName;
        this.at = at;
        this.state = state;
        this.beforeSnapshot = beforeSnapshot;
        this.afterSnapshot = afterSnapshot;
    }

    @PreUpdate
    @PreRemove
    void appendOnly() {
        throw new IllegalStateException("方案变更记录只能追加, 不能修改或删除");
    }

    AmendmentView view() {
        return new AmendmentView(number, kind == Kind.SUBMISSION ? "报送" : "变更", reason, actorName, at, state,
                PlanDiff.between(beforeSnapshot, afterSnapshot));
    }

    String afterSnapshot() {
        return afterSnapshot;
    }
}
