package org.qbank.tools.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits options packed into one cell: "A.甲 B.乙", "A、甲\nB、乙", "甲**乙", "甲##乙", "甲$;$乙". Letter markers
 * are searched in sequence (A, then B after it …) so an "A." inside an option text does not split it.
 */
public final class Options {

    public static final int MAX = 8;
    private static final String[] SEPARATORS = {"$;$", "**", "##", "|"};

    private Options() {
    }

    public static List<String> split(String cell) {
        String text = Texts.clean(cell);
        List<String> parts = new ArrayList<>();
        for (String sep : SEPARATORS) {
            if (text.contains(sep)) {
                for (String p : text.split(Pattern.quote(sep), -1)) {
                    parts.add(stripLetter(p.strip(), (char) ('A' + parts.size())));
                }
                return parts;
            }
        }
        int from = 0;
        List<int[]> marks = new ArrayList<>();
        for (char letter = 'A'; letter < 'A' + MAX; letter++) {
            Matcher m = marker(letter).matcher(text);
            if (!m.find(from)) {
                break;
            }
            marks.add(new int[]{m.start(), m.end()});
            from = m.end();
        }
        if (marks.size() < 2 || marks.get(0)[0] != 0) {
            return List.of(text);
        }
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            parts.add(text.substring(marks.get(i)[1], end).strip());
        }
        return parts;
    }

    /** Removes "A." / "A、" / "(A)" in front of an option written in its own cell. */
    public static String stripLetter(String option, char letter) {
        Matcher m = marker(letter).matcher(option);
        return m.lookingAt() ? option.substring(m.end()).strip() : option;
    }

    private static final Pattern[] MARKERS = new Pattern[26];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            MARKERS[c - 'A'] = compile(c);
        }
    }

    private static Pattern marker(char letter) {
        return letter >= 'A' && letter <= 'Z' ? MARKERS[letter - 'A'] : compile(letter);
    }

    private static Pattern compile(char letter) {
        String l = "[" + letter + (char) (letter + 0xFEE0) + "]";
        return Pattern.compile("(?:^|(?<=[\\s;；,，。]))(?:[(（]" + l + "[)）]|" + l + "\\s*[.、．:：)）])\\s*");
    }
}
