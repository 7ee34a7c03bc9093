package org.qbank.bank.search;

import java.io.Reader;
import java.text.Normalizer;

import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * NFKC folding (full-width letters, digits and punctuation, circled numbers, ², ㎡ …) as a char filter, so
 * offsets still point into the original text for highlighting.
 */
final class Nfkc {

    private static final NormalizeCharMap MAP = buildMap();

    private Nfkc() {
    }

    static Reader wrap(Reader reader) {
        return new MappingCharFilter(MAP, reader);
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static NormalizeCharMap buildMap() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String s = String.valueOf(c);
            String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
            if (!n.isEmpty() && !n.equals(s)) {
                b.add(s, n);
            }
        }
        return b.build();
    }
}
