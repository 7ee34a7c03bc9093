package org.qbank.bank.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalisation for near-duplicate detection: NFKC, lower case, leading numbering ("1、", "（1）", "第3题") and
 * option labels removed, the small synonym list applied, then everything but letters and digits dropped — so
 * punctuation, full-width forms, whitespace and blanks ("（ ）", "____") no longer count.
 */
final class DupText {

    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:第\\s*\\d+\\s*题[、.:：]?|[(\\[]\\s*\\d+\\s*[)\\]]|\\d+\\s*(?:[、:)]|\\.(?!\\d)))\\s*");
    private static final Pattern OPTION_LABEL = Pattern.compile("^\\s*[(]?[a-h][)]?\\s*[、.:)](?!\\d)\\s*");
    private static final Pattern ORDINAL = Pattern.compile("第([一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Map<String, String> SYNONYMS = synonyms();

    private DupText() {
    }

    /** Canonical form of a stem or option: comparable characters only. */
    static String canonical(String text) {
        return lettersAndDigits(synonyms(strip(text)));
    }

    /** Canonical form with every number replaced by '#', to see "the same question with other numbers". */
    static String masked(String text) {
        return lettersAndDigits(NUMBER.matcher(synonyms(strip(text))).replaceAll("#"));
    }

    /** The numbers in a text, in order, as written after NFKC ("1.10" and "1.1" differ on purpose). */
    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(strip(text));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Template words of stems ("下列关于…的说法正确的是"), which say nothing about the subject. */
    private static final Pattern TEMPLATE = Pattern.compile(
            "下列|关于|说法|叙述|描述|选项|不正确|正确|不属于|属于|哪个|哪一|哪些|什么|怎样|如何|的是|的有|其中|中|的|是|在|有|为|应|时|下面");

    /** Whether a normalised stem names a subject (≥ 4 characters beyond template words). */
    static boolean informative(String canonical) {
        return TEMPLATE.matcher(canonical).replaceAll("").length() >= 4;
    }

    private static final Pattern NEGATED = Pattern.compile("不正确|不属于|不包括|不是|不符合|不需要|除外");

    /** Whether a canonical stem asks for the exception ("不正确的是", "不属于…的是") rather than the rule. */
    static boolean negated(String canonical) {
        return NEGATED.matcher(canonical).find();
    }

    /** The small synonym list, variant → canonical word; public so tests and the evaluation can use it. */
    static Map<String, String> synonymList() {
        return SYNONYMS;
    }

    private static String strip(String text) {
        String t = ordinals(Nfkc.fold(text == null ? "" : text).toLowerCase(Locale.ROOT));
        t = NUMBERING.matcher(t).replaceFirst("");
        return OPTION_LABEL.matcher(t).replaceFirst("");
    }

    /** 第一 … 第九十九 become 第1 … 第99, so that 第一定律/第二定律 reads as a changed number. */
    private static String ordinals(String t) {
        if (t.indexOf('第') < 0) {
            return t;
        }
        Matcher m = ORDINAL.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "第" + chineseNumber(m.group(1)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static int chineseNumber(String s) {
        String digits = "零一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static String synonyms(String t) {
        for (Map.Entry<String, String> e : SYNONYMS.entrySet()) {
            if (t.contains(e.getKey())) {
                t = t.replace(e.getKey(), e.getValue());
            }
        }
        return t;
    }

    private static String lettersAndDigits(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '#') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Map<String, String> synonyms() {
        // General vocabulary of exam stems and options (first word is the canonical one): question words,
        // negations, and a few everyday technical equivalents that writers use interchangeably.
        String[][] groups = {
                {"下列", "以下", "如下", "下面"},
                {"哪个", "哪一个", "哪一项", "哪项", "哪种", "哪一种"},
                {"不正确", "错误", "不对"},
                {"描述", "叙述", "表述", "说法"},
                {"可以", "能够"},
                {"不得", "不准", "不能", "不可", "禁止"},
                {"通常", "一般", "常常"},
                {"造成", "导致", "引起"},
                {"使用", "采用", "运用"},
                {"提高", "提升"},
                {"降低", "减少", "减小"},
                {"增大", "增加"},
                {"方法", "方式", "办法"},
                {"情况", "情形"},
                {"驾驶人", "驾驶员"},
                {"车速", "时速", "行驶速度"},
                {"应当", "应该"},
                {"必须", "务必"},
                {"主要", "首要"},
                {"属于", "归属于"},
                {"不包括", "不包含"},
                {"含量", "含有量"},
                {"目的", "目标"},
                {"特点", "特征", "特性"},
                {"作用", "功能", "功用"},
                {"原因", "缘故"},
                {"最常用", "最常采用", "最常使用"},
                {"消毒", "杀菌"},
                {"干燥", "干制"},
                {"软罐头", "蒸煮袋"},
                {"测量", "测定", "检测"},
        };
        Map<String, String> m = new LinkedHashMap<>();
        List<String[]> pairs = new ArrayList<>();
        for (String[] g : groups) {
            for (int i = 1; i < g.length; i++) {
                pairs.add(new String[] {g[i], g[0]});
            }
        }
        // Longest variants first so "哪一个" wins over a shorter overlap.
        pairs.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
        for (String[] p : pairs) {
            m.put(p[0], p[1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
