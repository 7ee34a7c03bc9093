package org.qbank.portal.pages.rounds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.bank.common.Level;
import org.qbank.bank.knowledge.KnowledgeTreeSummary;

/**
 * One scope a round can be opened for: an occupation (and work type) at one level, as the institution's
 * 鉴定要素细目表 define them. The key names a representative 细目表 of that scope; the subjects of all its trees
 * belong to the scope.
 */
record RoundScopeChoice(long treeId, String occupationCode, String occupationName, String workType, Level level) {

    public String label() {
        return occupationName + " (" + occupationCode + ")" + (workType == null ? "" : " · " + workType)
                + " · " + level.displayName();
    }

    /** One choice per occupation, work type and level of the trees, in the order the trees come. */
    static List<RoundScopeChoice> of(List<KnowledgeTreeSummary> trees) {
        Map<String, RoundScopeChoice> byScope = new LinkedHashMap<>();
        for (KnowledgeTreeSummary t : trees) {
            byScope.putIfAbsent(t.occupationCode() + "|" + t.workType() + "|" + t.level(),
                    new RoundScopeChoice(t.id(), t.occupationCode(), t.occupationName(), t.workType(), t.level()));
        }
        return new ArrayList<>(byScope.values());
    }
}
