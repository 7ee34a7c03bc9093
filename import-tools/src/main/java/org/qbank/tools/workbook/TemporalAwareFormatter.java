package org.qbank.tools.workbook;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats numeric cells the way the user typed them, except dates and times: those come out as a tagged ISO
 * string so the reader can tell "Excel made this a date" from text that merely looks like one.
 */
final class TemporalAwareFormatter extends DataFormatter {

    static final char TAG = '\u0001';

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing, true);
            String f = formatString.toLowerCase();
            boolean hasDate = f.contains("y") || f.contains("d") || formatString.contains("M") && !f.contains("h")
                    || value >= 1;
            boolean hasTime = f.contains("h") || f.contains("s") || (value % 1) != 0;
            if (hasDate && hasTime) {
                return TAG + "T" + t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            return hasDate ? TAG + "D" + t.toLocalDate() : TAG + "H" + t.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }

    static Cell toCell(String formatted) {
        if (formatted != null && !formatted.isEmpty() && formatted.charAt(0) == TAG) {
            Cell.Kind kind = switch (formatted.charAt(1)) {
                case 'D' -> Cell.Kind.DATE;
                case 'H' -> Cell.Kind.TIME;
                default -> Cell.Kind.DATE_TIME;
            };
            return new Cell(formatted.substring(2), kind);
        }
        return new Cell(formatted == null ? "" : formatted, Cell.Kind.TEXT);
    }
}
