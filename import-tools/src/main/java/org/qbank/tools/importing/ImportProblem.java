package org.qbank.tools.importing;

/**
 * One finding about an upload.
 *
 * @param row    1-based row as Excel shows it; 0 for the file or the sheet as a whole
 * @param column the header text of the column, empty when the finding is about the row or the sheet
 */
public record ImportProblem(Severity severity, String sheet, int row, String column, String value, String reason) {

    public enum Severity { ERROR, WARNING }

    /** "试题 第12行 答案「E」: …" — what a person reads. */
    public String describe() {
        StringBuilder b = new StringBuilder(sheet);
        if (row > 0) {
            b.append(" 第").append(row).append("行");
        }
        if (!column.isEmpty()) {
            b.append(' ').append(column);
        }
        if (!value.isEmpty()) {
            b.append("「").append(value.length() > 40 ? value.substring(0, 40) + "…" : value).append("」");
        }
        return b.append(": ").append(reason).toString();
    }
}
