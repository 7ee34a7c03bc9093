package org.qbank.portal.paper;

import java.time.Instant;

import org.qbank.assembly.paper.Paper;

/** A paper as the API shows it: identity, state and fingerprint — never its content. */
record PaperResponse(long id, long institutionId, String blueprintName, String status, Long sessionId,
                     String fingerprint, int itemCount, Instant issuedAt, String voidReason, long version,
                     boolean spare, Long replacesPaperId) {

    static PaperResponse of(Paper p) {
        return new PaperResponse(p.id(), p.institutionId(), p.blueprintName(), p.status().name(), p.sessionId(),
                p.fingerprint().hex(), p.items().size(), p.issuedAt(), p.voidReason(), p.version(), p.spare(),
                p.replacesPaperId());
    }
}
