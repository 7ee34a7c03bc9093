package org.qbank.bank.search;

/**
 * Evidence that two items whose stems are worded too differently to be proven one question may still be one:
 * what a second writer keeps when rewording is the answer. Reported as {@link DuplicateClass#POSSIBLE_REWORDING}
 * for a person to judge, never as a duplicate: real banks are full of template twins that keep the answer too.
 * <ul>
 * <li>Two choice items with the same options (in any order, reworded ones paired) and the same key, the same
 * numbers, the same sense of question (正确 / 不正确), and stems that share some of their wording.</li>
 * <li>A true 判断 statement that names every keyed option of a choice item and none of its distractors.</li>
 * </ul>
 * What is left out, and why (measured on the labelled sets, docs/benchmarks.md):
 * <ul>
 * <li>stems that align over most of their length yet differ: one sentence with one term exchanged
 * (流化床干燥 / 流化床冻结, 自感 / 互感) is a template twin, and the term is the question;</li>
 * <li>options that differ only in their numbers (30 / 40 / 50 公里/小时): every speed-limit question has them;</li>
 * <li>stems sharing under {@link #STEM_FLOOR} of their bigrams: the same four options (the four cipher attacks,
 * the four nutrients) then say nothing about the question asked.</li>
 * </ul>
 */
final class RewordingEvidence {

    /** Minimum bigram Jaccard of the masked stems (or of a statement and a stem). */
    static final double STEM_FLOOR = 0.1;
    /** Options shorter than this are not looked for in a statement ("是", "A"). */
    private static final int MIN_NAMED_OPTION = 2;

    private RewordingEvidence() {
    }

    /** Why two choice items with reworded stems may be one question, or null. */
    static String sameOptionsAndKey(DupView a, DupView b, double maskedJaccard) {
        int n = a.options().size();
        if (n < 3 || b.options().size() != n || !a.numbers().equals(b.numbers())
                || DupText.negated(a.stem()) != DupText.negated(b.stem()) || maskedJaccard < STEM_FLOOR) {
            return null;
        }
        int[] match = PairScorer.matchOptions(a.options(), b.options());
        for (int m : match) {
            if (m < 0) {
                return null;
            }
        }
        if (!a.keyTexts().equals(b.keyTexts()) && !PairScorer.sameKey(a, b, match)) {
            return null;
        }
        if (a.maskedOptions().stream().distinct().count() < n) {
            return null;
        }
        if (StemAlignment.of(a.maskedStem(), b.maskedStem()).coverage(a.maskedStem(), b.maskedStem())
                >= PairScorer.COVERAGE) {
            return null;
        }
        return "选项与答案相同，题干措辞不同 (题干相似度 " + PairScorer.round(maskedJaccard) + ")";
    }

    /** Why a 判断 statement may be a choice item reworded, or null. */
    static String statementNamesKey(DupView judge, DupView choice) {
        if (!judge.keyTexts().contains("true") || choice.options().size() < 2 || choice.keyIndexes().isEmpty()) {
            return null;
        }
        for (int i = 0; i < choice.options().size(); i++) {
            String option = choice.options().get(i);
            boolean named = option.length() >= MIN_NAMED_OPTION && judge.stem().contains(option);
            if (named != choice.keyIndexes().contains(i)) {
                return null;
            }
        }
        double shared = PairScorer.jaccard(judge.maskedGrams(), choice.maskedGrams());
        if (shared < STEM_FLOOR) {
            return null;
        }
        return "判断题陈述含选择题的全部正确选项、不含干扰项，措辞不同 (题干相似度 " + PairScorer.round(shared) + ")";
    }
}
