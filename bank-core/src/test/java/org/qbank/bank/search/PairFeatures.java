package org.qbank.bank.search;

import java.util.List;

/**
 * What {@link PairJudgeExperiment}'s learned judge sees of two choice items: measures of stem and option
 * overlap, all in [0, 1]. Character measures only; the judge weighs them as the labelled pairs taught it.
 */
record PairFeatures(double stemJaccard, double stemCoverage, double stemSwap, double sharedStemChars,
                    double optionShare, double exactOptionShare, double keySame, double keyOptionSimilarity,
                    double meanOptionSimilarity, double numbersSame, double senseSame, double numericOptions,
                    double lengthRatio) {

    static PairFeatures of(DupView a, DupView b) {
        String sa = a.maskedStem();
        String sb = b.maskedStem();
        int shorter = Math.max(1, Math.min(sa.length(), sb.length()));
        StemAlignment al = StemAlignment.of(sa, sb);
        boolean numbersSame = a.numbers().equals(b.numbers());
        List<String> oa = numbersSame ? a.options() : a.maskedOptions();
        List<String> ob = numbersSame ? b.options() : b.maskedOptions();
        int[] match = PairScorer.matchOptions(oa, ob);
        int most = Math.max(oa.size(), ob.size());
        int shared = 0;
        int exact = 0;
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                shared++;
                exact += oa.get(i).equals(ob.get(match[i])) ? 1 : 0;
            }
        }
        boolean keySame = a.keyTexts().equals(b.keyTexts()) || most > 0 && PairScorer.sameKey(a, b, match);
        return new PairFeatures(
                PairScorer.jaccard(a.maskedGrams(), b.maskedGrams()),
                Math.min(1.0, al.coverage(sa, sb)),
                al.different() ? 1 : 0,
                Math.min(1.0, (double) StemAlignment.sharedChars(sa, sb) / shorter),
                most == 0 ? 1 : (double) shared / most,
                most == 0 ? 1 : (double) exact / most,
                keySame ? 1 : 0,
                keyOptionSimilarity(a, b),
                meanBestSimilarity(a.maskedOptions(), b.maskedOptions()),
                numbersSame ? 1 : 0,
                DupText.negated(a.stem()) == DupText.negated(b.stem()) ? 1 : 0,
                a.maskedOptions().stream().distinct().count() < a.maskedOptions().size() ? 1 : 0,
                (double) shorter / Math.max(1, Math.max(sa.length(), sb.length())));
    }

    double[] values() {
        return new double[] {stemJaccard, stemCoverage, stemSwap, sharedStemChars, optionShare, exactOptionShare,
                keySame, keyOptionSimilarity, meanOptionSimilarity, numbersSame, senseSame, numericOptions, lengthRatio};
    }

    /** How alike the keyed options' texts are (best pair), so a reworded key still counts. */
    private static double keyOptionSimilarity(DupView a, DupView b) {
        double best = 0;
        for (int i : a.keyIndexes()) {
            for (int j : b.keyIndexes()) {
                if (i < a.maskedOptions().size() && j < b.maskedOptions().size()) {
                    best = Math.max(best, StemAlignment.lcsDice(a.maskedOptions().get(i), b.maskedOptions().get(j)));
                }
            }
        }
        return best;
    }

    /** Each option's best character alignment with any option of the other item, averaged over both sides. */
    private static double meanBestSimilarity(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty() ? 1 : 0;
        }
        return (best(a, b) + best(b, a)) / 2;
    }

    private static double best(List<String> from, List<String> to) {
        double sum = 0;
        for (String x : from) {
            double best = 0;
            for (String y : to) {
                best = Math.max(best, StemAlignment.lcsDice(x, y));
            }
            sum += best;
        }
        return sum / from.size();
    }

}
