package org.qbank.assembly.skill;

/**
 * An earlier skill paper as a solver fact.
 *
 * @param size      its number of tasks
 * @param paperSize tasks of the paper being assembled (an equal set needs both sizes equal)
 * @param allowed   tasks the new paper may share with it (⌊share·paperSize⌋ inside the look-back, unbounded beyond)
 */
public record EarlierSkillPaper(int index, String label, int size, int paperSize, int allowed, boolean inLookBack) {
}
