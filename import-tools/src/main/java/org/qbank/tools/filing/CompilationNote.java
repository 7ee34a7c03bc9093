package org.qbank.tools.filing;

import java.util.List;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * The data of a 试题资源编制说明 (seeds/002): basis, content and division of work, paper structure per level, the
 * people (writers, reviewers, project lead), counts, usage period and update frequency as entered, and the
 * revision comparison.
 */
public record CompilationNote(String institutionName, String occupationDisplay, String occupationCode,
                              List<Level> levels, String basis, String division, List<PaperStructure> structures,
                              List<Person> people, List<Count> counts, String usagePeriod, String updateFrequency,
                              String revisionNotes) {

    public CompilationNote {
        levels = List.copyOf(levels);
        structures = List.copyOf(structures);
        people = List.copyOf(people);
        counts = List.copyOf(counts);
    }

    /** 试卷结构 of one level and subject: e.g. 判断题 40 题、单选题 140 题、多选题 10 题, 90 minutes, 闭卷笔试. */
    public record PaperStructure(Level level, Subject subject, String composition, Integer durationMinutes, String mode) {
    }

    /** 命题专家 / 审题专家 / 项目负责人 with their level or title and unit. */
    public record Person(String role, String name, String qualification, String unit) {
    }

    /** Items (题) or sets (套) of one level and subject. */
    public record Count(Level level, Subject subject, long count, String unit) {
    }
}
