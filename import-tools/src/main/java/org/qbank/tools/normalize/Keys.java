package org.qbank.tools.normalize;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Answer keys: 判断 (√/×, 对/错, 正确/错误 …) and choice letters (ABC, A,C, B;D, full-width Ａ). */
public final class Keys {

    public static final String TRUE = "√";
    public static final String FALSE = "×";

    private static final Set<String> TRUE_WORDS = Set.of("√", "✓", "✔", "对", "正确", "是", "T", "TRUE", "Y", "YES", "V");
    private static final Set<String> FALSE_WORDS = Set.of("×", "✗", "✘", "X", "错", "错误", "否", "F", "FALSE", "N", "NO");

    private Keys() {
    }

    /** √ or × , empty when the text is no 判断 key. */
    public static Optional<String> judgement(String raw) {
        String t = Texts.fold(raw).toUpperCase();
        if (TRUE_WORDS.contains(t)) {
            return Optional.of(TRUE);
        }
        if (FALSE_WORDS.contains(t) || "\u00D7".equals(t)) {
            return Optional.of(FALSE);
        }
        return Optional.empty();
    }

    /**
     * Letters of a choice key, sorted and distinct ("C,A" → "AC"); empty when any character is neither a letter
     * A–Z nor a separator (, ; 、 space /).
     */
    public static Optional<String> letters(String raw) {
        String t = Texts.fold(raw).toUpperCase();
        TreeSet<Character> letters = new TreeSet<>();
        for (char c : t.toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                letters.add(c);
            } else if (",;、 /，；|".indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        if (letters.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        letters.forEach(b::append);
        return Optional.of(b.toString());
    }
}
