package org.qbank.bank.item;

import java.util.TreeSet;

/**
 * Normalises keys as people write them (DOMAIN §3): 判断 √/×, 对/错, 正确/错误 → √ or ×;
 * 多选 "ABC", "A,C", "B;D", "a、c" → sorted capital labels ("AC"); 单选 → one capital label.
 * Unknown spellings are returned stripped so validation can name them.
 */
public final class AnswerKeys {

    private AnswerKeys() {
    }

    public static String normalise(ItemType type, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.strip();
        return switch (type) {
            case TRUE_FALSE -> switch (t) {
                case "√", "✓", "✔", "对", "正确", "是", "T", "t", "Y", "true", "TRUE" -> "√";
                case "×", "✗", "✘", "x", "X", "错", "错误", "否", "F", "f", "N", "false", "FALSE" -> "×";
                default -> t;
            };
            case SINGLE_CHOICE -> t.toUpperCase(java.util.Locale.ROOT);
            case MULTIPLE_CHOICE -> {
                String letters = t.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s,;，；、/]", "");
                TreeSet<Character> set = new TreeSet<>();
                for (char ch : letters.toCharArray()) {
                    set.add(ch);
                }
                StringBuilder b = new StringBuilder();
                set.forEach(b::append);
                yield set.size() == letters.length() ? b.toString() : letters;
            }
            default -> t;
        };
    }
}
