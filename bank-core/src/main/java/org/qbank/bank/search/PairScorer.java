package org.qbank.bank.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The precise comparison behind near-duplicate detection, applied to the few candidates Lucene retrieves.
 * Stems are compared by Jaccard similarity of character bigrams after {@link DupText} normalisation, options as
 * an unordered set (each option matched to its most similar counterpart), keys by the text of the keyed options,
 * so relabelling or reordering options changes nothing.
 */
final class PairScorer {

    /** Stems at least this similar (numbers masked) may be the same question. */
    static final double SAME_STEM = 0.55;
    /** A stem this similar alone, without shared options, still makes a variant. */
    static final double IDENTICAL_STEM = 0.85;
    /** Stems shorter than this say too little on their own ("下列说法正确的是"): the options must agree. */
    static final int INFORMATIVE_STEM = 12;
    /** Two options with at least this bigram Dice similarity count as the same option. */
    static final double SAME_OPTION = 0.8;
    /** A 判断 statement this similar to a 单选 stem completed by its key asks the same thing. */
    static final double SAME_STATEMENT = 0.6;

    private PairScorer() {
    }

    record Verdict(DuplicateClass kind, double score, String reason) {
    }

    static Verdict compare(DupView a, DupView b) {
        if (a.isJudge() != b.isJudge()) {
            return a.isJudge() ? statementVersusChoice(a, b) : statementVersusChoice(b, a);
        }
        double masked = jaccard(DupView.grams(a.maskedStem()), DupView.grams(b.maskedStem()));
        if (masked < SAME_STEM) {
            return new Verdict(DuplicateClass.NOT_SIMILAR, masked, "题干不同");
        }
        boolean numbersSame = a.numbers().equals(b.numbers());
        boolean keySame = a.keyTexts().equals(b.keyTexts());
        int shared = sharedOptions(a.maskedOptions(), b.maskedOptions());
        int most = Math.max(a.options().size(), b.options().size());
        double optionShare = most == 0 ? 1.0 : (double) shared / most;
        double score = round(most == 0 ? masked : 0.6 * masked + 0.4 * optionShare);
        List<String> why = new ArrayList<>();
        why.add(masked >= 0.999 ? "题干一致" : "题干相似度 " + round(masked));
        if (optionShare >= 0.999) {
            if (!numbersSame) {
                why.add("数字不同 " + a.numbers() + " / " + b.numbers());
                return new Verdict(DuplicateClass.VARIANT, score, String.join("，", why));
            }
            if (!keySame) {
                why.add(most == 0 ? "参考答案不同" : "选项相同但答案不同");
                return new Verdict(DuplicateClass.VARIANT, score, String.join("，", why));
            }
            if (most > 0) {
                why.add(sameOrder(a, b) ? "选项与答案相同" : "选项相同(顺序不同)，答案相同");
            }
            return new Verdict(DuplicateClass.DUPLICATE, score, String.join("，", why));
        }
        if (optionShare >= 0.5) {
            why.add("选项不同 (" + shared + "/" + most + " 相同)" + (keySame ? "" : "，答案不同"));
            return new Verdict(DuplicateClass.VARIANT, score, String.join("，", why));
        }
        if (masked >= IDENTICAL_STEM && a.maskedStem().length() >= INFORMATIVE_STEM) {
            why.add("选项不同 (" + shared + "/" + most + " 相同)");
            return new Verdict(DuplicateClass.VARIANT, score, String.join("，", why));
        }
        return new Verdict(DuplicateClass.NOT_SIMILAR, score, "题干相近但选项不同");
    }

    /** 判断 rewritten from a 单选: the statement should be the choice stem completed by its keyed option. */
    private static Verdict statementVersusChoice(DupView judge, DupView choice) {
        if (choice.statement() == null) {
            return new Verdict(DuplicateClass.NOT_SIMILAR, 0, "题型不同");
        }
        double s = jaccard(DupView.grams(judge.maskedStem()), DupView.grams(maskNumbers(choice.statement())));
        if (s < SAME_STATEMENT) {
            return new Verdict(DuplicateClass.NOT_SIMILAR, round(s), "题型不同");
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

    /** Options matched one to one, greedily by best similarity. */
    static int sharedOptions(List<String> a, List<String> b) {
        boolean[] used = new boolean[b.size()];
        int shared = 0;
        for (String x : a) {
            int best = -1;
            double bestSim = SAME_OPTION;
            for (int j = 0; j < b.size(); j++) {
                if (used[j]) {
                    continue;
                }
                double sim = x.equals(b.get(j)) ? 1.0 : dice(DupView.grams(x), DupView.grams(b.get(j)));
                if (sim >= bestSim) {
                    best = j;
                    bestSim = sim;
                }
            }
            if (best >= 0) {
                used[best] = true;
                shared++;
            }
        }
        return shared;
    }

    private static boolean sameOrder(DupView a, DupView b) {
        return a.maskedOptions().equals(b.maskedOptions());
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

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
