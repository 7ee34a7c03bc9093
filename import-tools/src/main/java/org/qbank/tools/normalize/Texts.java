package org.qbank.tools.normalize;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text clean-up shared by every column. Two strengths: {@link #clean} keeps Chinese punctuation as written and only
 * folds full-width letters, digits and spaces (safe for stems and options); {@link #fold} applies NFKC and is used
 * for codes, keys, names of levels and types and numbers, where the full-width forms mean nothing different.
 */
public final class Texts {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\u2002-\\u200B\\uFEFF]+");
    /** 1、 1. 1． (1) （1） 1) 第1题 — but not "1.5 A" (a decimal) nor "10kV". */
    private static final Pattern STEM_NUMBER = Pattern.compile(
            "^(?:第\\s*\\d{1,4}\\s*题[、.．:：]?|\\d{1,4}\\s*[、．](?!\\d)|\\d{1,4}\\.(?!\\d)|[（(]\\s*\\d{1,4}\\s*[)）]|\\d{1,4}[)）])\\s*");

    private Texts() {
    }

    /** Null-safe: full-width letters/digits/space to ASCII, whitespace runs to one space, trimmed. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        if (alreadyClean(raw)) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {
                b.append((char) (c - 0xFEE0));
            } else {
                b.append(c);
            }
        }
        return SPACES.matcher(b).replaceAll(" ").strip();
    }

    /**
     * True when {@link #clean} would return the text unchanged: no full-width letter or digit, no space other than
     * single ASCII spaces between words. Most cells of a real workbook are, and skipping the copy and the regex
     * for them is what keeps validating a large workbook cheap.
     */
    private static boolean alreadyClean(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (s.charAt(i + 1) == ' ') {
                    return false;
                }
            } else if (c >= '\uFF10' && c <= '\uFF5A' || c == '\u00A0' || c == '\u3000' || c >= '\u2002' && c <= '\u200B'
                    || c == '\uFEFF' || Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** NFKC plus {@link #clean}: for codes, keys, enum-like words and numbers. */
    public static String fold(String raw) {
        return clean(raw == null ? null : Normalizer.normalize(raw, Normalizer.Form.NFKC));
    }

    /** Removes a leading question number such as "1、", "（1）", "第3题"; returns the input when none. */
    public static String stripStemNumber(String stem) {
        Matcher m = STEM_NUMBER.matcher(stem);
        if (m.find() && m.end() < stem.length()) {
            return stem.substring(m.end()).strip();
        }
        return stem;
    }

    public static boolean isBlank(String s) {
        return s == null || clean(s).isEmpty();
    }
}
