package org.qbank.tools.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qbank.tools.workbook.SheetRow;

/** Which column index each known column sits in, found from the header row's text in any order. */
final class Header {

    private final int row;
    private final Map<Column, Integer> index = new HashMap<>();
    private final int width;

    private Header(int row, int width) {
        this.row = row;
        this.width = width;
    }

    /**
     * Reads the header row; unknown headers become warnings, duplicate ones errors. Missing required columns are
     * reported by the caller (some may be supplied by layout defaults).
     */
    static Header read(SheetRow r, List<Column> columns, String sheet, Problems problems) {
        Header h = new Header(r.number(), r.cells().size());
        for (int c = 0; c < r.cells().size(); c++) {
            String text = r.cell(c).text();
            if (text.isBlank()) {
                continue;
            }
            Column match = columns.stream().filter(col -> col.matches(text)).findFirst().orElse(null);
            if (match == null) {
                problems.warning(sheet, r.number(), text, "", "未知的列，已忽略");
            } else if (h.index.containsKey(match)) {
                problems.error(sheet, r.number(), text, "", "列重复出现");
            } else {
                h.index.put(match, c);
            }
        }
        return h;
    }

    /** Does this row look like the header (names at least {@code minimum} known columns)? */
    static boolean looksLikeHeader(SheetRow r, List<Column> columns, int minimum) {
        long known = r.cells().stream().filter(c -> columns.stream().anyMatch(col -> col.matches(c.text()))).count();
        return known >= minimum;
    }

    boolean has(Column c) {
        return index.containsKey(c);
    }

    int column(Column c) {
        return index.getOrDefault(c, -1);
    }

    int row() {
        return row;
    }

    int width() {
        return width;
    }
}
