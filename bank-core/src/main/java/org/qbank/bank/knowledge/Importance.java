package org.qbank.bank.knowledge;

import java.util.Locale;
import java.util.Optional;

/** 重要程度 of a 鉴定点: X core, Y general, Z auxiliary. */
public enum Importance {
    X("核心要素"),
    Y("一般要素"),
    Z("辅助要素");

    private final String displayName;

    Importance(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Accepts X/Y/Z in either case and full-width letters; empty for blank or anything else. */
    public static Optional<Importance> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().replace('Ｘ', 'X').replace('Ｙ', 'Y').replace('Ｚ', 'Z').toUpperCase(Locale.ROOT);
        return switch (t) {
            case "X" -> Optional.of(X);
            case "Y" -> Optional.of(Y);
            case "Z" -> Optional.of(Z);
            default -> Optional.empty();
        };
    }
}
