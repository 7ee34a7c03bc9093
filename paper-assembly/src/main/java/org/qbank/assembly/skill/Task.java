package org.qbank.assembly.skill;

/**
 * A skill task as the solver sees it: identity, pinned version, its module, time and use so far.
 *
 * @param enemyGroup 互斥组: two tasks of one group never share a paper; null for none
 */
public record Task(long id, String code, long versionId, String moduleCode, int minutes, int sessions,
                   int earlierPapers, boolean approved, String enemyGroup) {

    public Task {
        enemyGroup = enemyGroup == null || enemyGroup.isBlank() ? null : enemyGroup.strip();
    }

    /** A task in no 互斥组. */
    public Task(long id, String code, long versionId, String moduleCode, int minutes, int sessions, int earlierPapers,
                boolean approved) {
        this(id, code, versionId, moduleCode, minutes, sessions, earlierPapers, approved, null);
    }

    /** Whether the two are different tasks of one 互斥组. */
    boolean isEnemyOf(Task other) {
        return enemyGroup != null && id != other.id && enemyGroup.equals(other.enemyGroup);
    }
}
