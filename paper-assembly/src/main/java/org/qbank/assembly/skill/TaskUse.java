package org.qbank.assembly.skill;

/** Task {@code taskId} appeared on the earlier skill paper {@code paper}. */
public record TaskUse(long taskId, EarlierSkillPaper paper) {
}
