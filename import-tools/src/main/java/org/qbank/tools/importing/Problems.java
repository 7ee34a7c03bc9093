package org.qbank.tools.importing;

import java.util.ArrayList;
import java.util.List;

/** Collects every finding of one upload, so a user fixes all of them in one go. */
final class Problems {

    private final List<ImportProblem> all = new ArrayList<>();
    private int errors;

    void error(String sheet, int row, String column, String value, String reason) {
        all.add(new ImportProblem(ImportProblem.Severity.ERROR, sheet, row, column, value == null ? "" : value, reason));
        errors++;
    }

    void warning(String sheet, int row, String column, String value, String reason) {
        all.add(new ImportProblem(ImportProblem.Severity.WARNING, sheet, row, column, value == null ? "" : value, reason));
    }

    boolean hasErrors() {
        return errors > 0;
    }

    List<ImportProblem> list() {
        return List.copyOf(all);
    }
}
