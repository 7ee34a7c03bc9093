package org.qbank.tools.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.qbank.tools.normalize.Texts;
import org.qbank.tools.workbook.Cell;
import org.qbank.tools.workbook.SheetRow;

/** Reads the cells of one data row by column, reporting blank required cells, over-long text and Excel dates. */
final class RowReader {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"), DateTimeFormatter.ofPattern("yyyyMMdd"));

    private final SheetRow row;
    private final Header header;
    private final String sheet;
    private final Problems problems;
    private final int maxCellChars;

    RowReader(SheetRow row, Header header, String sheet, Problems problems, int maxCellChars) {
        this.row = row;
        this.header = header;
        this.sheet = sheet;
        this.problems = problems;
        this.maxCellChars = maxCellChars;
    }

    int number() {
        return row.number();
    }

    Cell raw(Column c) {
        return header.has(c) ? row.cell(header.column(c)) : Cell.EMPTY;
    }

    /** Cleaned text (full-width letters folded, spaces trimmed); "" when blank or absent. */
    String text(Column c) {
        Cell cell = raw(c);
        if (cell.isTemporal()) {
            error(c, cell.text(), "Excel 把输入的内容转换成了" + (cell.kind() == Cell.Kind.TIME ? "时间" : "日期")
                    + "，原值已丢失；请把该列设为文本格式后重新输入");
            return "";
        }
        String text = Texts.clean(cell.text());
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(1); // written so by our export to keep formula-like text inert
        }
        if (text.length() > maxCellChars) {
            error(c, text, "内容过长（" + text.length() + " 字），上限 " + maxCellChars + " 字");
            return "";
        }
        return text;
    }

    /** Like {@link #text} but a blank cell is an error. */
    String required(Column c) {
        String t = text(c);
        if (t.isEmpty() && !raw(c).isTemporal() && Texts.clean(raw(c).text()).length() <= maxCellChars) {
            error(c, "", "必填项为空");
        }
        return t;
    }

    /** A positive decimal, or null when blank; an error when not a number. */
    BigDecimal positiveNumber(Column c) {
        String t = org.qbank.tools.normalize.Texts.fold(text(c));
        if (t.isEmpty()) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(t).stripTrailingZeros();
            if (n.signum() <= 0) {
                error(c, t, "必须是大于 0 的数");
                return null;
            }
            return n.scale() < 0 ? n.setScale(0) : n;
        } catch (NumberFormatException e) {
            error(c, t, "不是数字");
            return null;
        }
    }

    /** A date typed as text or stored by Excel as a date; null when blank. */
    LocalDate date(Column c) {
        Cell cell = raw(c);
        if (cell.kind() == Cell.Kind.DATE || cell.kind() == Cell.Kind.DATE_TIME) {
            return LocalDate.parse(cell.text().substring(0, 10));
        }
        String t = Texts.fold(cell.text());
        if (t.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException ignored) {
                // next pattern
            }
        }
        error(c, t, "日期格式无法识别（请写成 2025-03-01）");
        return null;
    }

    void error(Column c, String value, String reason) {
        problems.error(sheet, row.number(), c == null ? "" : c.name(), value, reason);
    }

    void warning(Column c, String value, String reason) {
        problems.warning(sheet, row.number(), c == null ? "" : c.name(), value, reason);
    }
}
