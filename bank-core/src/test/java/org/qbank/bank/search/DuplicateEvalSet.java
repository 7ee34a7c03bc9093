package org.qbank.bank.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A labelled near-duplicate evaluation set built from real CMMLU questions with a fixed seed. Each pair is an
 * existing question (in the bank) and a probe (a new item) with the class a reviewer would give it.
 */
public final class DuplicateEvalSet {

    /** {@code existing} is the index position of the bank item; {@code probe} the item checked against the bank. */
    public record Pair(String kind, DuplicateClass expected, int existing, SearchDocument probe) {
    }

    static final int PER_KIND = 60;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern BLANK = Pattern.compile("[(（]\\s*[)）]|_{2,}");

    private DuplicateEvalSet() {
    }

    public static List<Pair> build(List<Cmmlu.Question> bank, long seed) {
        return build(bank, seed, (a, b) -> true);
    }

    /**
     * @param judgedDifferent whether a person judged two real questions (by ref) different; hard negatives are
     *                        taken only among such pairs, since real banks hold near-twins that look alike
     */
    public static List<Pair> build(List<Cmmlu.Question> bank, long seed,
                                   java.util.function.BiPredicate<String, String> judgedDifferent) {
        Random rnd = new Random(seed);
        List<Pair> out = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < bank.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, rnd);
        long[] nextId = {1_000_000};
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<DupView> views = bank.stream().map(q -> DupView.of(q.toDocument(0, 1))).toList();
        List<Set<String>> stemGrams = views.stream().map(v -> DupView.grams(v.maskedStem())).toList();
        for (int i : order) {
            Cmmlu.Question q = bank.get(i);
            add(out, counts, "选项重排", DuplicateClass.DUPLICATE, i, reorder(q, rnd), nextId);
            add(out, counts, "标点/全角/编号", DuplicateClass.DUPLICATE, i, punctuation(q, rnd), nextId);
            add(out, counts, "选项重排+标点", DuplicateClass.DUPLICATE, i, punctuation(reorder(q, rnd), rnd), nextId);
            add(out, counts, "分句调序", DuplicateClass.DUPLICATE, i, clauses(q), nextId);
            add(out, counts, "同义词替换", DuplicateClass.DUPLICATE, i, synonyms(q, rnd), nextId);
            add(out, counts, "单选改判断", DuplicateClass.DUPLICATE, i, judge(q), nextId);
            add(out, counts, "综合改写", DuplicateClass.DUPLICATE, i, combined(q, rnd), nextId);
            add(out, counts, "增删字词", DuplicateClass.DUPLICATE, i, filler(q, rnd), nextId);
            add(out, counts, "数字改变", DuplicateClass.VARIANT, i, numbers(q, rnd), nextId);
            add(out, counts, "答案改变", DuplicateClass.VARIANT, i, otherKey(q, rnd), nextId);
            add(out, counts, "选项替换", DuplicateClass.VARIANT, i, otherOptions(q, bank, rnd), nextId);
            Integer neg = counts.getOrDefault("同主题高重叠", 0) < PER_KIND * 2
                    ? hardNegative(bank, stemGrams, views, i, judgedDifferent) : null;
            if (neg != null && counts.getOrDefault("同主题高重叠", 0) < PER_KIND * 2) {
                counts.merge("同主题高重叠", 1, Integer::sum);
                out.add(new Pair("同主题高重叠", DuplicateClass.NOT_SIMILAR, neg, bank.get(i).toDocument(i + 1, 1)));
                // The neighbour rewritten as a 判断: a true statement of another question, not this one's.
                add(out, counts, "相近题改判断", DuplicateClass.NOT_SIMILAR, i, judge(bank.get(neg)), nextId);
            }
        }
        return out;
    }

    private static void add(List<Pair> out, Map<String, Integer> counts, String kind, DuplicateClass expected,
                            int existing, Cmmlu.Question probe, long[] nextId) {
        if (probe == null || counts.getOrDefault(kind, 0) >= PER_KIND) {
            return;
        }
        counts.merge(kind, 1, Integer::sum);
        SearchDocument d = probe.toDocument(nextId[0]++, 1);
        if (probe.options().isEmpty()) {
            d = new SearchDocument(d.itemId(), 1, d.itemCode(), d.occupationCode(), d.level(), d.subject(),
                    SearchDocument.JUDGE, d.status(), d.knowledgePointCode(), d.knowledgePointName(), d.author(),
                    d.stem(), Map.of(), probe.answer(), "", 0, d.updatedAt());
        }
        out.add(new Pair(kind, expected, existing, d));
    }

    static Cmmlu.Question reorder(Cmmlu.Question q, Random rnd) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(q.options().entrySet());
        Collections.shuffle(entries, rnd);
        Map<String, String> opts = new LinkedHashMap<>();
        String key = "";
        String[] labels = {"A", "B", "C", "D"};
        for (int k = 0; k < entries.size(); k++) {
            opts.put(labels[k], entries.get(k).getValue());
            if (entries.get(k).getKey().equals(q.answer())) {
                key = labels[k];
            }
        }
        return new Cmmlu.Question(q.file(), q.row(), q.stem(), opts, key);
    }

    static Cmmlu.Question punctuation(Cmmlu.Question q, Random rnd) {
        String[] numbering = {"1、", "（3）", "12. ", "第5题 "};
        String stem = numbering[rnd.nextInt(numbering.length)] + fullWidth(q.stem())
                .replace("，", ", ").replace("。", "").replace("（", "(").replace("）", ")") + "？";
        Map<String, String> opts = new LinkedHashMap<>();
        q.options().forEach((k, v) -> opts.put(k, (rnd.nextBoolean() ? fullWidth(v) : v) + (rnd.nextBoolean() ? "。" : "")));
        return new Cmmlu.Question(q.file(), q.row(), stem, opts, q.answer());
    }

    /** Options reordered, clauses swapped, a synonym, punctuation and full-width forms, all at once. */
    static Cmmlu.Question combined(Cmmlu.Question q, Random rnd) {
        Cmmlu.Question c = reorder(q, rnd);
        Cmmlu.Question swapped = clauses(c);
        c = swapped == null ? c : swapped;
        Cmmlu.Question syn = synonyms(c, rnd);
        c = syn == null ? c : syn;
        return punctuation(c, rnd);
    }

    /** A few words added or dropped, as writers do when they retype a question. */
    static Cmmlu.Question filler(Cmmlu.Question q, Random rnd) {
        String stem = switch (rnd.nextInt(4)) {
            case 0 -> "请问" + q.stem();
            case 1 -> "在实际工作中，" + q.stem();
            case 2 -> q.stem().replaceFirst("的", "");
            default -> q.stem() + "（  ）";
        };
        return stem.equals(q.stem()) ? null : new Cmmlu.Question(q.file(), q.row(), stem, q.options(), q.answer());
    }

    static Cmmlu.Question clauses(Cmmlu.Question q) {
        String[] parts = q.stem().split("[，,；;]");
        if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
            return null;
        }
        String head = parts[1] + "，" + parts[0];
        String rest = q.stem().substring(Math.min(q.stem().length(), parts[0].length() + parts[1].length() + 1));
        return new Cmmlu.Question(q.file(), q.row(), head + rest, q.options(), q.answer());
    }

    static Cmmlu.Question synonyms(Cmmlu.Question q, Random rnd) {
        List<Map.Entry<String, String>> syn = new ArrayList<>(DupText.synonymList().entrySet());
        Collections.shuffle(syn, rnd);
        for (Map.Entry<String, String> e : syn) {
            if (q.stem().contains(e.getValue())) {
                return new Cmmlu.Question(q.file(), q.row(), q.stem().replaceFirst(Pattern.quote(e.getValue()), e.getKey()),
                        q.options(), q.answer());
            }
            if (q.stem().contains(e.getKey())) {
                return new Cmmlu.Question(q.file(), q.row(), q.stem().replaceFirst(Pattern.quote(e.getKey()), e.getValue()),
                        q.options(), q.answer());
            }
        }
        return null;
    }

    static Cmmlu.Question judge(Cmmlu.Question q) {
        String keyText = q.options().get(q.answer());
        if (keyText == null) {
            return null;
        }
        Matcher m = BLANK.matcher(q.stem());
        String statement = m.find() ? m.replaceFirst(Matcher.quoteReplacement(keyText)) : q.stem() + keyText;
        return new Cmmlu.Question(q.file(), q.row(), statement + "。", Map.of(), "√");
    }

    static Cmmlu.Question numbers(Cmmlu.Question q, Random rnd) {
        Matcher m = NUMBER.matcher(q.stem());
        if (!m.find()) {
            return null;
        }
        String n = m.group();
        String changed = n.contains(".") ? n.substring(0, n.length() - 1) + ((n.charAt(n.length() - 1) - '0' + 1) % 10)
                : Long.toString(Long.parseLong(n.length() > 15 ? n.substring(0, 15) : n) + 1 + rnd.nextInt(5));
        String stem = q.stem().substring(0, m.start()) + changed + q.stem().substring(m.end());
        return new Cmmlu.Question(q.file(), q.row(), stem, q.options(), q.answer());
    }

    static Cmmlu.Question otherKey(Cmmlu.Question q, Random rnd) {
        List<String> labels = new ArrayList<>(List.of("A", "B", "C", "D"));
        labels.remove(q.answer());
        if (new java.util.HashSet<>(q.options().values()).size() < 4) {
            return null;
        }
        return new Cmmlu.Question(q.file(), q.row(), q.stem(), q.options(), labels.get(rnd.nextInt(labels.size())));
    }

    static Cmmlu.Question otherOptions(Cmmlu.Question q, List<Cmmlu.Question> bank, Random rnd) {
        Map<String, String> opts = new LinkedHashMap<>(q.options());
        int replaced = 0;
        for (String label : List.of("A", "B", "C", "D")) {
            if (label.equals(q.answer()) || replaced == 2) {
                continue;
            }
            Cmmlu.Question donor = bank.get(rnd.nextInt(bank.size()));
            String text = donor.options().get(List.of("A", "B", "C", "D").get(rnd.nextInt(4)));
            if (!donor.file().equals(q.file()) || opts.containsValue(text)) {
                continue;
            }
            opts.put(label, text);
            replaced++;
        }
        return replaced == 0 ? null : new Cmmlu.Question(q.file(), q.row(), q.stem(), opts, q.answer());
    }

    /**
     * The most similar other question of the same file that is still plainly a different question: stems with
     * high overlap (masked bigram Jaccard ≥ 0.3) but not twins (below 0.8) and at most one shared option. Closer
     * real pairs ("twins" differing in one term or number) are judged by hand in the hand-labelled set instead.
     */
    static Integer hardNegative(List<Cmmlu.Question> bank, List<Set<String>> stemGrams, List<DupView> views, int i,
                                java.util.function.BiPredicate<String, String> judgedDifferent) {
        Cmmlu.Question q = bank.get(i);
        double best = 0;
        Integer bestIndex = null;
        for (int j = 0; j < bank.size(); j++) {
            if (j == i || !bank.get(j).file().equals(q.file())) {
                continue;
            }
            double s = PairScorer.jaccard(stemGrams.get(i), stemGrams.get(j));
            if (s > best && s < 0.8 && judgedDifferent.test(q.ref(), bank.get(j).ref())
                    && PairScorer.sharedOptions(views.get(i).maskedOptions(), views.get(j).maskedOptions()) <= 1) {
                best = s;
                bestIndex = j;
            }
        }
        return best >= 0.3 ? bestIndex : null;
    }

    static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return sb.toString();
    }
}
