package org.qbank.tools.importing;

/**
 * Neutralises text that a spreadsheet would run as a formula (leading = + - @, also tab and CR): it gets a leading
 * apostrophe. The importer removes exactly that apostrophe again, so export → import keeps content unchanged.
 */
public final class SafeText {

    private SafeText() {
    }

    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
