package org.qbank.tools.workbook;

import java.util.List;

/** A row of a sheet: its 1-based number as Excel shows it and its cells by 0-based column. */
public record SheetRow(int number, List<Cell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public Cell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c.text().isBlank());
    }
}
