package org.qbank.bank.item;

/**
 * An eligible 操作技能试题 as skill-paper assembly sees it: the eligible item and its version's 考核时间 (minutes).
 */
public record EligibleSkillTask(EligibleItem item, int durationMinutes) {
}
