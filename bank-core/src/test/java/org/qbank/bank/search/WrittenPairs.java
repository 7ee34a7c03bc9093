package org.qbank.bank.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs of 电工 / 焊工 questions written by hand for qbank (written-pairs.csv): a question and a second writer's
 * version of it — reworded (DUPLICATE), changed into another question on the same stem (VARIANT) or a different
 * question on the same topic (NOT_SIMILAR). Written without reference to the detector's rules; odd-numbered pairs
 * may guide the rules, even-numbered pairs only measure them. A second file (written-pairs-fresh.csv: 电工, 焊工,
 * 车工, 钳工, 制冷 pairs, with template twins whose answers coincide) was written later, after the 疑似改写 rules
 * were set, and is used only to measure them ("written-fresh").
 */
final class WrittenPairs {

    static final String RESOURCE = "/search/written-pairs.csv";
    static final String FRESH = "/search/written-pairs-fresh.csv";
    static final long FIRST_ID = 100_000;
    static final long FRESH_FIRST_ID = 200_000;

    /** @param set "written-dev" (odd pairs of the first file), "written-test" (even ones) or "written-fresh" */
    record Pair(String set, int number, DuplicateClass label, String kind, SearchDocument a, SearchDocument b) {

        String ref() {
            return (set.equals("written-fresh") ? "F" : "W") + number;
        }
    }

    private WrittenPairs() {
    }

    /** Both files' pairs: the first file's, then the fresh file's. */
    static List<Pair> load() {
        List<Pair> out = new ArrayList<>(load(RESOURCE, FIRST_ID, "W"));
        out.addAll(load(FRESH, FRESH_FIRST_ID, "F"));
        return out;
    }

    private static List<Pair> load(String resource, long firstId, String prefix) {
        try (InputStream in = WrittenPairs.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            List<List<String>> rows = Cmmlu.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Pair> out = new ArrayList<>();
            for (List<String> r : rows) {
                if (r.isEmpty() || r.get(0).isBlank() || r.get(0).startsWith("#") || r.get(0).equals("pair")) {
                    continue;
                }
                if (r.size() != 11) {
                    throw new IllegalStateException(resource + ": pair " + r.get(0) + " has " + r.size() + " columns, not 11");
                }
                int n = Integer.parseInt(r.get(0).strip());
                String set = resource.equals(FRESH) ? "written-fresh" : n % 2 == 1 ? "written-dev" : "written-test";
                out.add(new Pair(set, n, DuplicateClass.valueOf(r.get(1).strip()), r.get(2),
                        item(firstId + 2L * n, prefix + n + "a", r.get(3), r.get(4), r.get(5), r.get(6)),
                        item(firstId + 2L * n + 1, prefix + n + "b", r.get(7), r.get(8), r.get(9), r.get(10))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchDocument item(long id, String code, String type, String stem, String options, String key) {
        Map<String, String> opts = new LinkedHashMap<>();
        if (!options.isBlank()) {
            String[] texts = options.split("\\s*\\|\\s*");
            for (int i = 0; i < texts.length; i++) {
                opts.put(String.valueOf((char) ('A' + i)), texts[i].strip());
            }
        }
        return new SearchDocument(id, 1, code, "6-31-01-03", 3, "理论知识", type.strip(), "已审定", "W", "W",
                "命题人", stem.strip(), opts, key.strip(), "", 0, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id));
    }
}
