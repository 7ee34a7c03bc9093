package org.qbank.bank.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One item as the near-duplicate scorer sees it: normalised stem, options, key and numbers. */
record DupView(String type, String stem, String maskedStem, List<String> maskedClauses, List<String> options, List<String> maskedOptions,
               Set<String> keyTexts, Set<Integer> keyIndexes, String statement, List<String> statementNumbers,
               List<String> numbers, Set<String> maskedGrams) {

    /** {@code maskedGrams}: the bigrams of {@code maskedStem}, computed once per item rather than per pair. */
    DupView(String type, String stem, String maskedStem, List<String> maskedClauses, List<String> options,
            List<String> maskedOptions, Set<String> keyTexts, Set<Integer> keyIndexes, String statement,
            List<String> statementNumbers, List<String> numbers) {
        this(type, stem, maskedStem, maskedClauses, options, maskedOptions, keyTexts, keyIndexes, statement,
                statementNumbers, numbers, grams(maskedStem));
    }

    private static final Pattern CLAUSE = Pattern.compile("[，,；;。？?！!：:]");
    private static final Pattern BLANK = Pattern.compile("[(（]\\s*[)）]|_{2,}");

    static DupView of(SearchDocument d) {
        return of(d.type(), d.stem(), d.options(), d.key());
    }

    static DupView of(String type, String stem, Map<String, String> options, String key) {
        List<String> opts = new ArrayList<>();
        List<String> masked = new ArrayList<>();
        List<String> numbers = new ArrayList<>(DupText.numbers(stem));
        for (String o : options.values()) {
            opts.add(DupText.canonical(o));
            masked.add(DupText.masked(o));
            numbers.addAll(DupText.numbers(o));
        }
        Collections.sort(numbers);
        Set<String> keyTexts = new LinkedHashSet<>();
        Set<Integer> keyIndexes = new LinkedHashSet<>();
        String statement = null;
        List<String> statementNumbers = List.of();
        if (SearchDocument.JUDGE.equals(type)) {
            keyTexts.add(judgeKey(key));
        } else if (!options.isEmpty()) {
            int index = 0;
            for (Map.Entry<String, String> o : options.entrySet()) {
                if (key.toUpperCase().contains(o.getKey().toUpperCase())) {
                    keyTexts.add(DupText.canonical(o.getValue()));
                    keyIndexes.add(index);
                }
                index++;
            }
            if (keyTexts.size() == 1) {
                String keyText = options.entrySet().stream()
                        .filter(o -> key.toUpperCase().contains(o.getKey().toUpperCase()))
                        .findFirst().map(Map.Entry::getValue).orElse("");
                String filled = BLANK.matcher(stem).find() ? BLANK.matcher(stem).replaceFirst(keyText) : stem + keyText;
                statement = DupText.canonical(filled);
                statementNumbers = DupText.numbers(filled).stream().sorted().toList();
            }
        } else {
            keyTexts.add(DupText.canonical(key));
        }
        List<String> clauses = CLAUSE.splitAsStream(Nfkc.fold(stem)).map(DupText::masked).filter(c -> !c.isEmpty())
                .toList();
        return new DupView(type, DupText.canonical(stem), DupText.masked(stem), clauses, List.copyOf(opts),
                List.copyOf(masked), Set.copyOf(keyTexts), Set.copyOf(keyIndexes), statement, statementNumbers, List.copyOf(numbers));
    }

    boolean isJudge() {
        return SearchDocument.JUDGE.equals(type);
    }

    /** Stem and options, one per line, for the bigram candidate field. */
    String gramText() {
        StringBuilder sb = new StringBuilder(stem);
        for (String o : options) {
            sb.append('\n').append(o);
        }
        return sb.toString();
    }

    /** Distinct bigrams of {@link #gramText()}, as the candidate field indexes them. */
    Set<String> gramSet() {
        Set<String> out = new LinkedHashSet<>(grams(stem));
        for (String o : options) {
            out.addAll(grams(o));
        }
        return out;
    }

    static Set<String> grams(String s) {
        Set<String> out = new HashSet<>();
        if (s.length() == 1) {
            out.add(s);
        }
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static String judgeKey(String key) {
        String k = Nfkc.fold(key).strip().toLowerCase();
        return switch (k) {
            case "√", "对", "正确", "t", "true", "是", "a" -> "true";
            case "×", "x", "错", "错误", "f", "false", "否", "b" -> "false";
            default -> k;
        };
    }
}
