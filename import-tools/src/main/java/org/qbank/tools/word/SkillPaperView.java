package org.qbank.tools.word;

import java.util.List;

import org.qbank.tools.importing.SkillTask;

/**
 * A skill paper, printed as three documents: 准备通知单, 试题单 and 评分记录表. Tasks are the importer's
 * {@link SkillTask} records (with rubric and preparation list), whatever their origin.
 */
public record SkillPaperView(String title, String occupation, String level, String batchCode, String sessionCode,
                             String fingerprint, List<SkillTask> tasks, String sampleMark) {

    public SkillPaperView {
        tasks = List.copyOf(tasks);
    }
}
