package org.qbank.bank.knowledge;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.qbank.bank.common.RuleViolationException;

/**
 * The code of a node of a 鉴定要素细目表: an ordered list of segments plus the form printed on the table.
 * <p>
 * Two styles exist. Legacy tables join segments with hyphens ({@code A-A-A-001}); the parent is the path without
 * its last segment ({@code A-A-A}). The 2025 认定要素细目表 write digit groups without separators ({@code 0111},
 * {@code 22123}) and no fixed width, so a digit code alone cannot be split: {@link #parse} gives it one segment,
 * and the tree splits it once the parent is known ({@link #under}) — the parent being the longest other code of the
 * same tree that is a proper prefix of it, or a parent named explicitly on the row.
 */
public record KnowledgePointCode(List<String> segments, String display) implements Comparable<KnowledgePointCode> {

    private static final Pattern SEGMENT = Pattern.compile("[A-Z0-9]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Siblings order segment by segment: numerically when both are digits, otherwise alphabetically. */
    private static final Comparator<String> SEGMENT_ORDER = (a, b) -> {
        if (DIGITS.matcher(a).matches() && DIGITS.matcher(b).matches()) {
            int n = new BigInteger(a).compareTo(new BigInteger(b));
            return n != 0 ? n : a.compareTo(b);
        }
        return a.compareTo(b);
    };

    public KnowledgePointCode {
        segments = List.copyOf(segments);
        if (segments.isEmpty() || display == null || display.isBlank()) {
            throw RuleViolationException.of("code", "代码不能为空");
        }
    }

    /**
     * Parses a code as written on a table. Accepts ASCII or full-width hyphens and lower-case letters; rejects
     * anything else with a message naming the code.
     */
    public static KnowledgePointCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw RuleViolationException.of("code", "代码不能为空");
        }
        String t = text.strip().replace('－', '-').replace('—', '-').toUpperCase(Locale.ROOT);
        List<String> segments = new ArrayList<>();
        for (String s : t.split("-", -1)) {
            String seg = s.strip();
            if (!SEGMENT.matcher(seg).matches()) {
                throw RuleViolationException.of("code", "代码格式错误: " + text.strip()
                        + " (应为 A-A-001 式的字母/数字分段, 或 0111 式的数字组)");
            }
            segments.add(seg);
        }
        return new KnowledgePointCode(segments, String.join("-", segments));
    }

    /** A 2025-style code of digit groups without separators, whose segments the tree resolves. */
    public boolean isDigitGroup() {
        return !display.contains("-") && DIGITS.matcher(display).matches();
    }

    /** Levels below the top: 1 for a top-level node. Meaningful for digit codes only after {@link #under}. */
    public int depth() {
        return segments.size();
    }

    /** The parent implied by a hyphenated path, or empty for a top-level or digit-group code. */
    public Optional<KnowledgePointCode> pathParent() {
        if (isDigitGroup() || segments.size() < 2) {
            return Optional.empty();
        }
        List<String> head = segments.subList(0, segments.size() - 1);
        return Optional.of(new KnowledgePointCode(head, String.join("-", head)));
    }

    /** Proper prefixes of a digit-group code, longest first: the candidates for its parent. */
    public List<String> prefixCandidates() {
        List<String> out = new ArrayList<>();
        if (isDigitGroup()) {
            for (int len = display.length() - 1; len >= 1; len--) {
                out.add(display.substring(0, len));
            }
        }
        return out;
    }

    /**
     * This code placed under {@code parent}: the segments become the parent's plus the part of this code that
     * follows the parent's (the whole code when the parent is not a prefix of it). Hyphenated codes keep theirs.
     */
    public KnowledgePointCode under(KnowledgePointCode parent) {
        if (!isDigitGroup()) {
            return this;
        }
        String last = display.startsWith(parent.display) && display.length() > parent.display.length()
                ? display.substring(parent.display.length()) : display;
        List<String> joined = new ArrayList<>(parent.segments);
        joined.add(last);
        return new KnowledgePointCode(joined, display);
    }

    @Override
    public int compareTo(KnowledgePointCode o) {
        int n = Math.min(segments.size(), o.segments.size());
        for (int i = 0; i < n; i++) {
            int c = SEGMENT_ORDER.compare(segments.get(i), o.segments.get(i));
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(segments.size(), o.segments.size());
        return c != 0 ? c : display.compareTo(o.display);
    }

    @Override
    public String toString() {
        return display;
    }
}
