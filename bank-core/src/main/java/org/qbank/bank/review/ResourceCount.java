package org.qbank.bank.review;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/** Approved (current, not retired) items of one occupation / work type / level / subject. */
public record ResourceCount(long occupationId, String occupationCode, String occupationName, Long workTypeId,
                            String workTypeName, Level level, Subject subject, long items) {
}
