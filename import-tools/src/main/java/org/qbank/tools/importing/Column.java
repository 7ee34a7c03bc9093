package org.qbank.tools.importing;

import java.util.List;

import org.qbank.tools.normalize.Texts;

/** A column of a sheet, found by its header text or an alias; {@code required} columns carry a {@code *}. */
record Column(String name, boolean required, List<String> aliases) {

    static Column required(String name, String... aliases) {
        return new Column(name, true, List.of(aliases));
    }

    static Column optional(String name, String... aliases) {
        return new Column(name, false, List.of(aliases));
    }

    /** Header text without *, spaces, "(必填)" and with full-width letters folded. */
    static String normalizeHeader(String text) {
        return Texts.fold(text).replace("*", "").replace("(必填)", "").replace("(选填)", "").replace(" ", "");
    }

    boolean matches(String header) {
        String h = normalizeHeader(header);
        return h.equals(name) || aliases.contains(h);
    }

    /** As the template prints it. */
    String header() {
        return required ? name + "*" : name;
    }
}
