package org.qbank.bank.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The precise comparison behind near-duplicate detection, applied to the few candidates Lucene retrieves.
 * <ol>
 * <li>Stems (normalised by {@link DupText}, numbers masked) must overlap (bigram Jaccard ≥ {@link #GATE}) and be
 * the same question: aligned with no swapped term and covering most of the shorter stem, or nearly identical.
 * Reordered clauses are aligned clause by clause too.</li>
 * <li>Options are compared as an unordered set, each matched to its most similar counterpart, and keys by the
 * options they point at, so relabelling and reordering change nothing.</li>
 * <li>Same stem, same options, same key and same numbers: DUPLICATE. Same stem otherwise (other numbers, key or
 * at least half the options, or a stem that names its subject with other options): VARIANT.</li>
 * <li>Stems not the same, but the answer kept as a second writer keeps it: POSSIBLE_REWORDING
 * ({@link RewordingEvidence}), a hint for a person.</li>
 * </ol>
 * A 判断 item is compared with a 单选 stem completed by its keyed option, by the same rules as two stems.
 */
final class PairScorer {

    /** Minimum bigram Jaccard of the masked stems to consider a pair at all. */
    static final double GATE = 0.3;
    /** Masked stems this similar are the same stem whatever the alignment says. */
    static final double NEAR_IDENTICAL = 0.9;
    /** Share of the shorter stem that must align for a reworded stem. */
    static final double COVERAGE = 0.65;
    /** Two options at least this similar (bigram Dice, or character Dice for short ones) are the same option. */
    static final double SAME_OPTION = 0.8;
    /** Left-over options whose characters align this well (2·LCS / total length) are the same option reworded. */
    static final double REWORDED_OPTION = 0.6;

    private PairScorer() {
    }

    record Verdict(DuplicateClass kind, double score, String reason) {
    }

    static Verdict compare(DupView a, DupView b) {
        if (a.isJudge() != b.isJudge()) {
            return a.isJudge() ? statementVersusChoice(a, b) : statementVersusChoice(b, a);
        }
        double masked = jaccard(a.maskedGrams(), b.maskedGrams());
        String different = differentText(a.maskedStem(), b.maskedStem(), a.maskedClauses(), b.maskedClauses(), masked);
        if (different != null) {
            String reworded = RewordingEvidence.sameOptionsAndKey(a, b, masked);
            return reworded != null ? new Verdict(DuplicateClass.POSSIBLE_REWORDING, round(masked), reworded)
                    : new Verdict(DuplicateClass.NOT_SIMILAR, round(masked), different);
        }
        // "…正确的是" against "…不正确的是": the opposite question, the same only if the options say so.
        boolean opposite = DupText.negated(a.stem()) != DupText.negated(b.stem());
        boolean numbersSame = a.numbers().equals(b.numbers());
        // With the same numbers, options are told apart by their numbers too ("1" ≠ "2"); otherwise masked.
        int[] match = numbersSame ? matchOptions(a.options(), b.options()) : matchOptions(a.maskedOptions(), b.maskedOptions());
        int shared = 0;
        for (int m : match) {
            shared += m >= 0 ? 1 : 0;
        }
        int most = Math.max(a.options().size(), b.options().size());
        double optionShare = most == 0 ? 1.0 : (double) shared / most;
        boolean keySame = a.keyTexts().equals(b.keyTexts()) || most > 0 && sameKey(a, b, match);
        double score = round(most == 0 ? masked : 0.6 * masked + 0.4 * optionShare);
        List<String> why = new ArrayList<>();
        why.add(masked >= 0.999 ? "题干一致" : "题干相似度 " + round(masked));
        if (opposite && optionShare < 0.5) {
            return new Verdict(DuplicateClass.NOT_SIMILAR, score, "问法相反 (正确/不正确) 且选项不同");
        }
        if (optionShare >= 0.999) {
            if (opposite) {
                why.add("问法相反 (正确/不正确)");
                return new Verdict(DuplicateClass.VARIANT, score, String.join("，", why));
            }
            if (!numbersSame) {
                why.add("数字不同 " + a.numbers() + " / " + b.numbers());
                return new Verdict(DuplicateClass.VARIANT, score, String.join("，", why));
            }
            if (!keySame) {
                // 灰铸铁 / 可锻铸铁 with the same options: the exchanged term is what changes the answer.
                // (Not for 判断: one statement keyed √ and a changed one keyed × is the classic variant.)
                String term = most == 0 || a.maskedStem().equals(b.maskedStem()) ? null
                        : StemAlignment.exchangedTerm(a.maskedStem(), b.maskedStem());
                if (term != null) {
                    return new Verdict(DuplicateClass.NOT_SIMILAR, score, "题干术语不同 (" + term + ")，答案随之不同");
                }
                why.add(most == 0 ? "参考答案不同" : "选项相同但答案不同");
                return new Verdict(DuplicateClass.VARIANT, score, String.join("，", why));
            }
            if (most > 0) {
                why.add(a.maskedOptions().equals(b.maskedOptions()) ? "选项与答案相同" : "选项相同(顺序或措辞不同)，答案相同");
            }
            return new Verdict(DuplicateClass.DUPLICATE, score, String.join("，", why));
        }
        if (optionShare >= 0.5 || DupText.informative(a.stem()) && DupText.informative(b.stem())) {
            why.add("选项不同 (" + shared + "/" + most + " 相同)" + (keySame ? "" : "，答案不同"));
            if (!numbersSame) {
                why.add("数字不同");
            }
            return new Verdict(DuplicateClass.VARIANT, score, String.join("，", why));
        }
        return new Verdict(DuplicateClass.NOT_SIMILAR, score, "题干笼统且选项不同");
    }

    /**
     * Why two masked texts (stems, or a 判断 statement and a completed 单选 stem) are not the same question, or
     * null when they are: they overlap ({@link #GATE}) and are nearly identical, or align in order, clause by
     * clause or by tiles over {@link #COVERAGE} of the shorter one without a swapped term.
     */
    private static String differentText(String a, String b, List<String> clausesA, List<String> clausesB,
                                        double masked) {
        if (masked < GATE) {
            return "题干不同";
        }
        if (masked >= NEAR_IDENTICAL) {
            return null;
        }
        if (StemAlignment.sharedChars(a, b) < COVERAGE * Math.min(a.length(), b.length())) {
            return "题干不同";
        }
        StemAlignment al = StemAlignment.of(a, b);
        if (!al.different() && al.coverage(a, b) >= COVERAGE) {
            return null;
        }
        if (clausesA.size() > 1 || clausesB.size() > 1) {
            StemAlignment byClause = StemAlignment.ofClauses(clausesA, clausesB);
            if (!byClause.different() && byClause.coverage(clausesA, clausesB) >= COVERAGE) {
                return null;
            }
        }
        // Words moved within a clause ("流化床干燥适用于" / "适用于流化床干燥的食品类型是"): tile the common runs.
        if (StemAlignment.tiledSame(a, b, COVERAGE)) {
            return null;
        }
        return al.swaps() > 0 ? "题干不同 (" + al.swapA() + " / " + al.swapB() + ")" : "题干不同";
    }

    /** 判断 rewritten from a 单选: the statement should be the choice stem completed by its keyed option. */
    private static Verdict statementVersusChoice(DupView judge, DupView choice) {
        if (choice.statement() == null) {
            String reworded = RewordingEvidence.statementNamesKey(judge, choice);
            return reworded != null ? new Verdict(DuplicateClass.POSSIBLE_REWORDING, 0, reworded)
                    : new Verdict(DuplicateClass.NOT_SIMILAR, 0, "题型不同");
        }
        String statement = maskNumbers(choice.statement());
        double s = jaccard(judge.maskedGrams(), DupView.grams(statement));
        // The statement is compared as a stem is: nearly the same, or aligned without a swapped term.
        if (differentText(judge.maskedStem(), statement, judge.maskedClauses(), List.of(statement), s) != null) {
            String reworded = RewordingEvidence.statementNamesKey(judge, choice);
            return reworded != null ? new Verdict(DuplicateClass.POSSIBLE_REWORDING, round(s), reworded)
                    : new Verdict(DuplicateClass.NOT_SIMILAR, round(s), "题型不同");
        }
        if (!judge.keyTexts().contains("true")) {
            return new Verdict(DuplicateClass.VARIANT, round(s), "判断题陈述与单选题的正确答案不符");
        }
        if (!judge.numbers().equals(choice.statementNumbers())) {
            return new Verdict(DuplicateClass.VARIANT, round(s), "由单选题改写的判断题，数字不同");
        }
        return new Verdict(DuplicateClass.DUPLICATE, round(s), "判断题由单选题改写 (题干+正确选项)，相似度 " + round(s));
    }

    private static String maskNumbers(String canonical) {
        return canonical.replaceAll("\\d+", "#");
    }

    /** The keyed options of one item are matched to exactly the keyed options of the other. */
    static boolean sameKey(DupView a, DupView b, int[] match) {
        if (a.keyIndexes().size() != b.keyIndexes().size()) {
            return false;
        }
        for (int k : a.keyIndexes()) {
            if (k >= match.length || match[k] < 0 || !b.keyIndexes().contains(match[k])) {
                return false;
            }
        }
        return true;
    }

    static int sharedOptions(List<String> a, List<String> b) {
        int shared = 0;
        for (int m : matchOptions(a, b)) {
            shared += m >= 0 ? 1 : 0;
        }
        return shared;
    }

    /**
     * For each option of {@code a}, the index of its counterpart in {@code b} or -1; one to one. First every
     * option finds its closest counterpart at {@link #SAME_OPTION}; then, when at least half are matched, the
     * options left over on both sides are paired by best alignment if their characters still largely agree
     * ({@link #REWORDED_OPTION}, longest common subsequence): a paraphrased option ("加速绕行" / "加速绕过") among
     * unchanged ones. A distractor replaced by an unrelated one stays unmatched.
     */
    static int[] matchOptions(List<String> a, List<String> b) {
        boolean[] used = new boolean[b.size()];
        int[] match = new int[a.size()];
        int matched = 0;
        // Identical texts first: "先甲后乙" and "先乙后甲" share every bigram but are different options.
        for (int i = 0; i < a.size(); i++) {
            match[i] = b.indexOf(a.get(i));
            while (match[i] >= 0 && used[match[i]]) {
                int next = b.subList(match[i] + 1, b.size()).indexOf(a.get(i));
                match[i] = next < 0 ? -1 : match[i] + 1 + next;
            }
            if (match[i] >= 0) {
                used[match[i]] = true;
                matched++;
            }
        }
        List<Set<String>> gramsA = a.stream().map(DupView::grams).toList();
        List<Set<String>> gramsB = b.stream().map(DupView::grams).toList();
        for (int i = 0; i < a.size(); i++) {
            if (match[i] >= 0) {
                continue;
            }
            double bestSim = SAME_OPTION;
            for (int j = 0; j < b.size(); j++) {
                if (!used[j]) {
                    double sim = optionSimilarity(a.get(i), b.get(j), gramsA.get(i), gramsB.get(j));
                    if (sim >= bestSim) {
                        match[i] = j;
                        bestSim = sim;
                    }
                }
            }
            if (match[i] >= 0) {
                used[match[i]] = true;
                matched++;
            }
        }
        if (matched < a.size() && 2 * matched >= Math.max(a.size(), b.size())) {
            matchLeftovers(a, b, match, used);
        }
        return match;
    }

    /** Pairs the unmatched options, most similar pair first, while they reach {@link #REWORDED_OPTION}. */
    private static void matchLeftovers(List<String> a, List<String> b, int[] match, boolean[] used) {
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = REWORDED_OPTION;
            for (int i = 0; i < a.size(); i++) {
                if (match[i] >= 0) {
                    continue;
                }
                for (int j = 0; j < b.size(); j++) {
                    if (!used[j]) {
                        double sim = StemAlignment.lcsDice(a.get(i), b.get(j));
                        if (sim >= best) {
                            best = sim;
                            bi = i;
                            bj = j;
                        }
                    }
                }
            }
            if (bi < 0) {
                return;
            }
            match[bi] = bj;
            used[bj] = true;
        }
    }

    /** Bigram Dice; for short options of nearly equal length also character Dice ("html型" ~ "html类型"). */
    static double optionSimilarity(String x, String y) {
        return optionSimilarity(x, y, DupView.grams(x), DupView.grams(y));
    }

    private static double optionSimilarity(String x, String y, Set<String> gx, Set<String> gy) {
        if (x.equals(y)) {
            return 1.0;
        }
        double sim = dice(gx, gy);
        if (Math.min(x.length(), y.length()) >= 3 && Math.max(x.length(), y.length()) <= 6
                && Math.abs(x.length() - y.length()) <= 1) {
            sim = Math.max(sim, dice(chars(x), chars(y)));
        }
        return sim;
    }

    private static Set<String> chars(String s) {
        Set<String> out = new java.util.HashSet<>();
        s.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int inter = 0;
        for (String g : a) {
            if (b.contains(g)) {
                inter++;
            }
        }
        return (double) inter / (a.size() + b.size() - inter);
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int inter = 0;
        for (String g : a) {
            if (b.contains(g)) {
                inter++;
            }
        }
        return 2.0 * inter / (a.size() + b.size());
    }

    static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
