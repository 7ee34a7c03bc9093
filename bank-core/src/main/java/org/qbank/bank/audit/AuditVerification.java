package org.qbank.bank.audit;

import java.util.List;

/** Result of walking one institution's chain. {@code problems} is empty exactly when the chain is intact. */
public record AuditVerification(long institutionId, long entriesChecked, long headSeq, List<Problem> problems) {

    public boolean intact() {
        return problems.isEmpty();
    }

    /** Where the chain breaks: the sequence number and why. */
    public record Problem(long seq, String reason) {
    }
}
