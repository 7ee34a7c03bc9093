package org.qbank.bank.knowledge;

import java.time.Instant;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/** One line of the list of an institution's 细目表. */
public record KnowledgeTreeSummary(long id, String occupationCode, String occupationName, String workType,
                                   Level level, Subject subject, int revision, long version, int nodeCount,
                                   int pointCount, Instant updatedAt) {
}
