package org.qbank.tools.workbook;

/**
 * One cell as read: its text and what Excel made of it. {@link Kind#DATE} and {@link Kind#TIME} matter because Excel
 * silently turns typed values like "1-2" or "3:30" into dates and times; the text is then ISO (2025-01-02, 03:30).
 */
public record Cell(String text, Kind kind) {

    public static final Cell EMPTY = new Cell("", Kind.TEXT);

    public enum Kind { TEXT, NUMBER, DATE, TIME, DATE_TIME }

    public static Cell text(String text) {
        return new Cell(text == null ? "" : text, Kind.TEXT);
    }

    public boolean isTemporal() {
        return kind == Kind.DATE || kind == Kind.TIME || kind == Kind.DATE_TIME;
    }
}
