package org.qbank.tools.importing;

import java.util.List;

/**
 * The verdict on an upload: every error and warning, how many rows of each kind were read, and the names of the
 * sheets the theory items and skill tasks came from (试题 and 技能试题 unless another layout was read). An upload
 * with any error is rejected as a whole.
 */
public record ImportReport(String file, List<ImportProblem> problems, int knowledgeRows, int theoryItems,
                           int skillTasks, String theorySheet, String skillSheet) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** The same report with these findings added as warnings (duplicates found after validation). */
    public ImportReport withWarnings(List<ImportProblem> more) {
        List<ImportProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new ImportReport(file, all, knowledgeRows, theoryItems, skillTasks, theorySheet, skillSheet);
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR).toList();
    }

    public List<ImportProblem> warnings() {
        return problems.stream().filter(p -> p.severity() == ImportProblem.Severity.WARNING).toList();
    }

    public boolean accepted() {
        return errors().isEmpty();
    }
}
