package org.qbank.tools.importing;

import java.math.BigDecimal;
import java.util.List;

import org.qbank.bank.common.Level;

/**
 * A skill-operation task (sheet 技能试题) with its 评分标准 rows and 准备清单.
 *
 * @param pointCode       the skill module's code in the 操作技能 细目表
 * @param durationMinutes 考核时间
 * @param score           分值; the rubric points add up to it (100 when the row leaves it blank)
 */
public record SkillTask(int row, String code, String occupationCode, String workType, Level level, String pointCode,
                        String name, int durationMinutes, String background, String tasks, String skillRequirements,
                        String qualityIndicators, BigDecimal score, String author, String status,
                        ImportedReview review, List<RubricRow> rubric, List<PrepItem> preparation) {

    public SkillTask {
        rubric = List.copyOf(rubric);
        preparation = List.copyOf(preparation);
    }

    public SkillTask with(List<RubricRow> rubric, List<PrepItem> preparation) {
        return new SkillTask(row, code, occupationCode, workType, level, pointCode, name, durationMinutes, background,
                tasks, skillRequirements, qualityIndicators, score, author, status, review, rubric, preparation);
    }
}
