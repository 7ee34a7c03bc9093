package org.qbank.bank.review;

import java.util.List;
import java.util.Set;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * Opens a round over SUBMITTED versions of one occupation (and work type).
 *
 * @param versionIds    the item versions to review (pinned: later versions are not reviewed by this round)
 * @param panelUserIds  3 to 5 REVIEWER accounts of the institution, in the order they sign
 * @param leaderUserId  the group leader (评审专家组长), one of the panel
 * @param place         评审地点
 */
public record OpenRound(long institutionId, long occupationId, Long workTypeId, Set<Level> levels,
                        Set<Subject> subjects, String place, List<Long> versionIds, List<Long> panelUserIds,
                        long leaderUserId) {

    public OpenRound {
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        subjects = subjects == null ? Set.of() : Set.copyOf(subjects);
        versionIds = versionIds == null ? List.of() : List.copyOf(versionIds);
        panelUserIds = panelUserIds == null ? List.of() : List.copyOf(panelUserIds);
    }
}
