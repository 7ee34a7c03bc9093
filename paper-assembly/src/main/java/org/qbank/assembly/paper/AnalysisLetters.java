package org.qbank.assembly.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the option letters a 解析 names ("选项A错误", "故选C", "A、B两项", "（C）") under a shuffled option order, so
 * the printed analysis points at the same option texts as the remapped key.
 *
 * <p>A letter is rewritten only where it clearly names an option: it stands alone (no Latin letter or digit next to
 * it, not even across a space, so "PVC", "Q235A", "DNA", "A4", "5 A" stay) and the words around it say so — a cue before it (选项, 选, 答案, 排除, 除),
 * after it (项, 选项, 正确, 错误, 说法, 均, …), brackets around it, or a colon or 、 after it at the start of a clause
 * ("A：…；B：…"). Words that make a letter a name of something else ("A相", "A类", "B级") veto it whatever the cue.
 * A group of letters ("A、C", "BD") is rewritten only when every letter is an option of the question; a written-together
 * group ("ABD") is put in label order like the key, a listed one ("A、C") keeps its order because the text that
 * follows may pair with it ("分别").
 */
final class AnalysisLetters {

    /** A group of letters: single letters joined directly or by 、 , ， / 和 与 及 或. */
    private static final Pattern GROUP = Pattern.compile("[A-H](?:\\s*[、,，/和与及或]?\\s*[A-H])*");
    private static final Pattern CUE_BEFORE = Pattern.compile("(?:选项|选择|选|答案(?:应|是|为|应为|应选)?|排除|除)\\s*[：:]?\\s*$");
    private static final Pattern CUE_AFTER = Pattern.compile("^\\s*(?:选项|[两三四五六几各]?项(?!目)|均|都|正确|错误|不正确|不对|"
            + "有误|说法|的说法|表述|叙述|描述|所述|是正确|是错误|为正确|为错误|符合|不符合|(?:对|错)(?=[，,。；;、）)\\s]|$))");
    private static final Pattern BRACKET_BEFORE = Pattern.compile("[（(]\\s*$");
    private static final Pattern BRACKET_AFTER = Pattern.compile("^\\s*[）)]");
    private static final Pattern LISTED_AFTER = Pattern.compile("^\\s*[：:．.、]");
    private static final Pattern CLAUSE_START = Pattern.compile("(?:^|[。；;，,！!？?\\n])\\s*$");
    /** Letters used as names of phases, classes, grades, types … ("A相", "A类"), never of options. */
    private static final Pattern VETO_AFTER = Pattern.compile("^\\s*[相类级型号点端股超区组面段线柱轴]");

    private AnalysisLetters() {
    }

    /**
     * The analysis with its option letters in printed labels under {@code order} (the original labels in printed
     * order, as {@link OptionOrder#apply}); unchanged when either is null.
     */
    static String rewrite(String analysis, String order) {
        if (analysis == null || order == null || analysis.isEmpty()) {
            return analysis;
        }
        StringBuilder out = new StringBuilder(analysis.length());
        Matcher m = GROUP.matcher(analysis);
        int copied = 0;
        while (m.find()) {
            out.append(analysis, copied, m.start());
            String group = m.group();
            out.append(namesOptions(analysis, m.start(), m.end(), group, order) ? relabel(group, order) : group);
            copied = m.end();
        }
        return out.append(analysis.substring(copied)).toString();
    }

    private static boolean namesOptions(String text, int start, int end, String group, String order) {
        if (latinOrDigit(text, start - 1, -1) || latinOrDigit(text, end, 1)) {
            return false;
        }
        if (group.chars().filter(AnalysisLetters::isLetter).anyMatch(c -> order.indexOf(c) < 0)) {
            return false;
        }
        String before = text.substring(0, start);
        String after = text.substring(end);
        if (VETO_AFTER.matcher(after).find()) {
            return false;
        }
        return CUE_BEFORE.matcher(before).find() || CUE_AFTER.matcher(after).find()
                || BRACKET_BEFORE.matcher(before).find() && BRACKET_AFTER.matcher(after).find()
                || CLAUSE_START.matcher(before).find() && LISTED_AFTER.matcher(after).find();
    }

    /** Whether the nearest non-space character from {@code at} in direction {@code step} is a Latin letter or digit. */
    private static boolean latinOrDigit(String text, int at, int step) {
        while (at >= 0 && at < text.length() && text.charAt(at) == ' ') {
            at += step;
        }
        if (at < 0 || at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static String relabel(String group, String order) {
        boolean together = group.chars().allMatch(AnalysisLetters::isLetter);
        if (together) {
            List<Character> labels = new ArrayList<>();
            for (char c : group.toCharArray()) {
                labels.add(label(c, order));
            }
            labels.sort(null);
            StringBuilder s = new StringBuilder();
            labels.forEach(s::append);
            return s.toString();
        }
        StringBuilder s = new StringBuilder(group.length());
        for (char c : group.toCharArray()) {
            s.append(isLetter(c) ? label(c, order) : c);
        }
        return s.toString();
    }

    private static boolean isLetter(int c) {
        return c >= 'A' && c <= 'H';
    }

    private static char label(char original, String order) {
        return (char) ('A' + order.indexOf(original));
    }
}
