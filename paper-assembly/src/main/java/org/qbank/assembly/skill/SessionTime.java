package org.qbank.assembly.skill;

/** The session's duration: the chosen tasks' 考核时间 must fit into it. */
public record SessionTime(int minutes) {
}
