package org.qbank.bank.plan;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** The filing stamps of a batch's plan: when it was filed (and whether late, why), approved, closed or cancelled. */
@Embeddable
class Filing {

    private LocalDate filedOn;
    private boolean late;
    private String lateReason;
    private Instant submittedAt;
    private Instant approvedAt;
    private String approvalNote;
    private Instant closedAt;
    private String cancelReason;

    void submitted(LocalDate on, boolean isLate, String reason, Instant at) {
        filedOn = on;
        late = isLate;
        lateReason = isLate ? reason : null;
        submittedAt = at;
    }

    void approved(String note, Instant at) {
        approvalNote = note;
        approvedAt = at;
    }

    void closed(String reason, Instant at) {
        cancelReason = reason;
        closedAt = at;
    }

    LocalDate filedOn() {
        return filedOn;
    }

    boolean late() {
        return late;
    }

    String lateReason() {
        return lateReason;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant approvedAt() {
        return approvedAt;
    }

    String approvalNote() {
        return approvalNote;
    }

    String cancelReason() {
        return cancelReason;
    }
}
