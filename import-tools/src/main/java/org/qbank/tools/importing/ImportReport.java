package org.qbank.tools.importing;

import java.util.List;

/**
 * The verdict on an upload: every error and warning, and how many rows of each kind were read. An upload with any
 * error is rejected as a whole.
 */
public record ImportReport(String file, List<ImportProblem> problems, int knowledgeRows, int theoryItems,
                           int skillTasks) {

    public ImportReport {
        problems = List.copyOf(problems);
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
