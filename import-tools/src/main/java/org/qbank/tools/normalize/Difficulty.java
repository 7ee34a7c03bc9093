package org.qbank.tools.normalize;

import java.util.List;
import java.util.Optional;

/** 难度 1..5: 易, 较易, 中等, 较难, 难 (or the digits). */
public final class Difficulty {

    public static final List<String> WORDS = List.of("易", "较易", "中等", "较难", "难");

    private Difficulty() {
    }

    public static Optional<Integer> parse(String raw) {
        String t = Texts.fold(raw);
        int i = WORDS.indexOf(t);
        if (i >= 0) {
            return Optional.of(i + 1);
        }
        return switch (t) {
            case "1", "1.0", "容易" -> Optional.of(1);
            case "2", "2.0", "较容易" -> Optional.of(2);
            case "3", "3.0", "中", "一般", "适中" -> Optional.of(3);
            case "4", "4.0", "较困难" -> Optional.of(4);
            case "5", "5.0", "困难" -> Optional.of(5);
            default -> Optional.empty();
        };
    }

    public static String word(int difficulty) {
        return WORDS.get(difficulty - 1);
    }
}
