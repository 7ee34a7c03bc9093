package org.qbank.bank.item;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * One line of an item list: identity, classification, latest version (number and status), the current approved
 * version number (null if none), and the first 80 characters of the latest stem or task name.
 */
public record ItemSummary(long id, ItemCode code, long occupationId, Long workTypeId, Level level, Subject subject,
                          ItemType type, long knowledgePointId, int latestVersion, ItemStatus latestStatus,
                          Integer currentVersion, boolean retired, String excerpt) {
}
