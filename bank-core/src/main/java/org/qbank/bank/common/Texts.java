package org.qbank.bank.common;

/** qbank's one rule for optional free text (notes, reasons, 来源, 工种 names …) read from forms, commands and sheets. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding white space; null when it is null, empty or only white space. */
    public static String optional(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
