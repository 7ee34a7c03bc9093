package org.qbank.tools.importing;

import java.util.List;
import java.util.Set;

/** Parses the data rows of one kind of sheet into model records. */
abstract class SheetParser {

    final String sheet;
    final Problems problems;

    SheetParser(String sheet, Problems problems) {
        this.sheet = sheet;
        this.problems = problems;
    }

    abstract List<Column> columns();

    /** Required columns a layout default stands in for (e.g. 职业编码 given on the command line). */
    Set<Column> supplied() {
        return Set.of();
    }

    /** How many known headers make a row the header row. */
    int headerMinimum() {
        return 2;
    }

    abstract void row(RowReader r);
}
