package org.qbank.bank.knowledge;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * What an import did to one tree: {@code treeId} is null on a dry run of a new tree. Counts are nodes added,
 * changed and retired (codes that left the table); {@code validation} carries the warnings.
 */
public record KnowledgeImportResult(Long treeId, String occupationCode, String workType, Level level,
                                    Subject subject, int revision, int added, int changed, int retired,
                                    KnowledgeTreeValidation validation) {
}
