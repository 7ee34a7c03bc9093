package org.qbank.tools.word;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.qbank.tools.importing.RubricRow;
import org.qbank.tools.importing.SkillTask;

/**
 * A skill paper, printed as three documents: 准备通知单, 试题单 and 评分记录表. Tasks are the importer's
 * {@link SkillTask} records (with rubric and preparation list), whatever their origin, each with the 配分 the
 * paper gives it.
 */
public record SkillPaperView(String title, String occupation, String level, String batchCode, String sessionCode,
                             String fingerprint, List<Question> questions, String sampleMark) {

    public SkillPaperView {
        questions = List.copyOf(questions);
    }

    /** A paper without 配分 of its own: each task counts its own score. */
    public static SkillPaperView ofTasks(String title, String occupation, String level, String batchCode,
                                         String sessionCode, String fingerprint, List<SkillTask> tasks,
                                         String sampleMark) {
        return new SkillPaperView(title, occupation, level, batchCode, sessionCode, fingerprint,
                tasks.stream().map(t -> new Question(t, null)).toList(), sampleMark);
    }

    /** The paper's total: the sum of its questions' points. */
    public BigDecimal totalPoints() {
        return questions.stream().map(Question::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * A task on the paper.
     *
     * @param drawnPoints the 配分 drawn with the paper (its module's share of the 技能要求权重表); null when the paper
     *                    has none and the task counts its own score
     */
    public record Question(SkillTask task, BigDecimal drawnPoints) {

        /** What the task counts on this paper. */
        public BigDecimal points() {
            return drawnPoints != null ? drawnPoints : task.score() != null ? task.score() : rubricTotal();
        }

        /** The rubric's points: the scale the examiners mark on. */
        public BigDecimal rubricTotal() {
            return task.rubric().stream().map(RubricRow::points).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Whether the rubric's total differs from the points, so the marked score is converted. */
        public boolean converted() {
            return rubricTotal().signum() > 0 && rubricTotal().compareTo(points()) != 0;
        }
    }
}
