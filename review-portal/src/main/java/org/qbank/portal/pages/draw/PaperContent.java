package org.qbank.portal.pages.draw;

import java.math.BigDecimal;
import java.util.List;

import org.qbank.assembly.paper.Paper;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.plan.SessionView;

/**
 * A paper with the pinned content of each question, grouped by 题型 in paper order; a skill paper (操作技能) also
 * lists its tasks with their module and 考核时间.
 */
record PaperContent(Paper paper, String occupationName, SessionView session, int durationMinutes,
                    List<Part> parts, List<Task> tasks) {

    record Part(ItemType type, BigDecimal pointsEach, List<Question> questions) {
    }

    record Question(int number, String code, ItemContent content) {
    }

    /**
     * One task of a skill paper.
     *
     * @param module   the blueprint module it was drawn for (null when its blueprint is no longer found)
     * @param required 必考 (true) or 选考 (false); null with the module
     */
    /** One task of a skill paper; {@code points} is its 配分 as drawn (null on papers drawn before 配分 existed). */
    record Task(int number, String code, String name, int minutes, String module, Boolean required,
                java.math.BigDecimal points) {
    }

    public boolean skill() {
        return paper.scope().subject() == org.qbank.bank.common.Subject.SKILL;
    }

    public int totalMinutes() {
        return tasks.stream().mapToInt(Task::minutes).sum();
    }

    /** The paper's total of 配分, or null when a task has none. */
    public java.math.BigDecimal totalPoints() {
        return tasks.stream().anyMatch(t -> t.points() == null) ? null
                : tasks.stream().map(Task::points).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }
}
