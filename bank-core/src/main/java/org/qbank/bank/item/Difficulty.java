package org.qbank.bank.item;

import java.util.Optional;

import org.qbank.bank.common.RuleViolationException;

/** 难度 1..5: 易 (1), 较易 (2), 中等 (3), 较难 (4), 难 (5). */
public record Difficulty(int value) {
    private static final String[] NAMES = {"易", "较易", "中等", "较难", "难"};

    public Difficulty {
        if (value < 1 || value > 5) {
            throw RuleViolationException.of("difficulty", "难度应为 1 到 5 (易/较易/中等/较难/难): " + value);
        }
    }

    public static Difficulty of(int value) {
        return new Difficulty(value);
    }

    public String displayName() {
        return NAMES[value - 1];
    }

    /** Accepts 1..5 or the Chinese names. */
    public static Optional<Difficulty> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(t) || String.valueOf(i + 1).equals(t)) {
                return Optional.of(new Difficulty(i + 1));
            }
        }
        return Optional.empty();
    }
}
