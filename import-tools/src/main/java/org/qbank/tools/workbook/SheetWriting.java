package org.qbank.tools.workbook;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writing plain report rows: every cell a number or text, and text a spreadsheet would evaluate kept as text. */
public final class SheetWriting {

    private SheetWriting() {
    }

    /** Row {@code index} of {@code sheet} with one cell per value (null leaves the cell empty). */
    public static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof Number num) {
                row.createCell(i).setCellValue(num.doubleValue());
            } else {
                row.createCell(i).setCellValue(neutralised(v.toString()));
            }
        }
    }

    /** Text that a spreadsheet would evaluate as a formula (starting with = + - @) gets a leading quote. */
    public static String neutralised(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
