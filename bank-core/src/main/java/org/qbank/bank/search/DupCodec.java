package org.qbank.bank.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An item's id, code and {@link DupView}, packed into one doc-values entry: candidates are scored without
 * decompressing stored fields or normalising their text again. Normalised text holds only letters, digits and
 * '#', so control characters separate safely.
 */
final class DupCodec {

    private static final String FIELD = "\u001e";
    private static final String ITEM = "\u001f";

    private DupCodec() {
    }

    record Candidate(long itemId, String itemCode, DupView view) {
    }

    static String encode(long itemId, String itemCode, DupView v) {
        return String.join(FIELD, Long.toString(itemId), clean(itemCode), clean(v.type()), v.stem(), v.maskedStem(),
                String.join(ITEM, v.maskedClauses()), String.join(ITEM, v.options()), String.join(ITEM, v.maskedOptions()),
                String.join(ITEM, v.keyTexts()), String.join(ITEM, v.keyIndexes().stream().map(String::valueOf).toList()),
                v.statement() == null ? "" : v.statement(), String.join(ITEM, v.statementNumbers()),
                String.join(ITEM, v.numbers()));
    }

    static Candidate decode(String s) {
        String[] f = s.split(FIELD, -1);
        Set<Integer> keyIndexes = new LinkedHashSet<>();
        for (String k : list(f[9])) {
            keyIndexes.add(Integer.parseInt(k));
        }
        DupView v = new DupView(f[2], f[3], f[4], list(f[5]), list(f[6]), list(f[7]), new LinkedHashSet<>(list(f[8])),
                keyIndexes, f[10].isEmpty() ? null : f[10], list(f[11]), list(f[12]));
        return new Candidate(Long.parseLong(f[0]), f[1], v);
    }

    private static List<String> list(String s) {
        return s.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(s.split(ITEM, -1)));
    }

    private static String clean(String s) {
        return s.replace(FIELD, " ").replace(ITEM, " ");
    }
}
