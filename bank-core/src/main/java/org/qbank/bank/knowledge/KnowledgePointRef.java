package org.qbank.bank.knowledge;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * A 细目表 node as items refer to it: its code and the scope of the tree it belongs to.
 *
 * @param workTypeId the tree's 工种; null for an occupation-wide tree, which serves every work type
 * @param retired    the code has left the current table (kept for the items that still refer to it)
 */
public record KnowledgePointRef(long id, String code, long treeId, long institutionId, long occupationId,
                                Long workTypeId, Level level, Subject subject, boolean retired) {

    /**
     * True when an item of this institution / occupation / work type / level / subject may be filed under the
     * node: same institution, occupation, level and subject, and the tree is the work type's own or
     * occupation-wide (the fallback {@link KnowledgeTreeService#findApplicable} uses).
     */
    public boolean serves(long institutionId, long occupationId, Long workTypeId, Level level, Subject subject) {
        return this.institutionId == institutionId && this.occupationId == occupationId && this.level == level
                && this.subject == subject && (this.workTypeId == null || this.workTypeId.equals(workTypeId));
    }
}
