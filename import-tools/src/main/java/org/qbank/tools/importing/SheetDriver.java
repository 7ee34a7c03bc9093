package org.qbank.tools.importing;

import java.io.IOException;

import org.qbank.tools.workbook.RowSource;

/**
 * Runs a {@link SheetParser} over a streamed sheet: finds the header (row 1, or a later row when a title sits above
 * it), reports missing required columns, skips blank rows (empty trailing rows are common) and hands on the rest.
 */
final class SheetDriver {

    private static final int HEADER_SEARCH_ROWS = 5;

    private SheetDriver() {
    }

    static void run(RowSource source, String sheetName, SheetParser parser, int maxCellChars) throws IOException {
        Header[] header = {null};
        int[] seen = {0};
        source.read(sheetName, row -> {
            if (row.isBlank()) {
                return;
            }
            if (header[0] == null) {
                if (++seen[0] > HEADER_SEARCH_ROWS) {
                    return;
                }
                if (Header.looksLikeHeader(row, parser.columns(), parser.headerMinimum())) {
                    header[0] = Header.read(row, parser.columns(), parser.sheet, parser.problems);
                    for (Column c : parser.columns()) {
                        if (c.required() && !header[0].has(c) && !parser.supplied().contains(c)) {
                            parser.problems.error(parser.sheet, row.number(), c.name(), "", "缺少必填列");
                        }
                    }
                } else if (seen[0] == HEADER_SEARCH_ROWS) {
                    parser.problems.error(parser.sheet, 0, "", "", "前 " + HEADER_SEARCH_ROWS + " 行中找不到表头");
                }
                return;
            }
            parser.row(new RowReader(row, header[0], parser.sheet, parser.problems, maxCellChars));
        });
        if (header[0] == null && seen[0] < HEADER_SEARCH_ROWS) {
            parser.problems.error(parser.sheet, 0, "", "", seen[0] == 0 ? "工作表为空" : "找不到表头");
        }
    }
}
