package org.qbank.bank.review;

import org.qbank.bank.access.Actor;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.springframework.stereotype.Component;

/** Round events in the audit log: entity type {@value #ENTITY}, entity id = round id. */
@Component
class RoundAudit {

    static final String ENTITY = "review_round";

    private final AuditLog audit;

    RoundAudit(AuditLog audit) {
        this.audit = audit;
    }

    void record(Actor actor, ReviewRound round, String action, String detail) {
        record(actor, round, action, detail, null);
    }

    void record(Actor actor, ReviewRound round, String action, String detail, String digest) {
        audit.record(AuditEvent.of(round.institutionId(), actor, action, ENTITY, round.getId())
                .withHashes(null, digest).withDetail(detail));
    }
}
