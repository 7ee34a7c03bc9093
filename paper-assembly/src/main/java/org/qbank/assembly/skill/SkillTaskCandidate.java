package org.qbank.assembly.skill;

/**
 * An approved 操作技能试题 the bank offers for a skill blueprint (mapped at the boundary from the bank's eligible
 * skill tasks).
 *
 * @param moduleCode     the blueprint module (技能模块, a 鉴定范围 of the skill 细目表) its 鉴定点 lies under; null
 *                       when it lies under none of the blueprint's modules
 * @param minutes        考核时间 of the task
 * @param sessionsIssued sessions it was issued to so far
 * @param approved       the pinned version is 已审定
 * @param enemyGroup     互斥组 of the item (tasks of one group never share a paper); null for none
 */
public record SkillTaskCandidate(long itemId, String itemCode, long versionId, String moduleCode, int minutes,
                                 int sessionsIssued, boolean approved, String enemyGroup) {

    /** A task in no 互斥组. */
    public SkillTaskCandidate(long itemId, String itemCode, long versionId, String moduleCode, int minutes,
                              int sessionsIssued, boolean approved) {
        this(itemId, itemCode, versionId, moduleCode, minutes, sessionsIssued, approved, null);
    }
}
