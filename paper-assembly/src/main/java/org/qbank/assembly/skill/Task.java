package org.qbank.assembly.skill;

import java.util.List;

/**
 * A skill task as the solver sees it: identity, pinned version, its module, time and use so far.
 *
 * @param enemyGroups 互斥组 it lies in (its own, and those of the pairs a reviewer marked 互斥题): two tasks sharing a
 *                    group never share a paper; empty for none
 */
public record Task(long id, String code, long versionId, String moduleCode, int minutes, int sessions,
                   int earlierPapers, boolean approved, List<String> enemyGroups) {

    public Task {
        enemyGroups = enemyGroups == null ? List.of()
                : enemyGroups.stream().filter(g -> g != null && !g.isBlank()).map(String::strip).distinct().toList();
    }

    /** A task in one 互斥组, or none when {@code enemyGroup} is null. */
    public Task(long id, String code, long versionId, String moduleCode, int minutes, int sessions, int earlierPapers,
                boolean approved, String enemyGroup) {
        this(id, code, versionId, moduleCode, minutes, sessions, earlierPapers, approved,
                enemyGroup == null ? List.of() : List.of(enemyGroup));
    }

    /** A task in no 互斥组. */
    public Task(long id, String code, long versionId, String moduleCode, int minutes, int sessions, int earlierPapers,
                boolean approved) {
        this(id, code, versionId, moduleCode, minutes, sessions, earlierPapers, approved, List.of());
    }

    boolean hasEnemies() {
        return !enemyGroups.isEmpty();
    }

    /** Whether the two are different tasks sharing a 互斥组. */
    boolean isEnemyOf(Task other) {
        return id != other.id && enemyGroups.stream().anyMatch(other.enemyGroups::contains);
    }
}
