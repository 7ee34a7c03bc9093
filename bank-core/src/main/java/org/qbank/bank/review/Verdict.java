package org.qbank.bank.review;

import java.util.Arrays;
import java.util.Optional;

/** An expert's verdict on one item version, and the panel's conclusion on an item. */
public enum Verdict {
    PASS("通过"),
    PASS_AFTER_REVISION("修改后通过"),
    FAIL("不通过");

    private final String displayName;

    Verdict(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Accepts the Chinese name or the enum name. */
    public static Optional<Verdict> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(v -> v.displayName.equals(t) || v.name().equalsIgnoreCase(t)).findFirst();
    }
}
