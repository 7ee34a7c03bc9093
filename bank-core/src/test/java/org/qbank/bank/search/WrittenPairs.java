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
 * may guide the rules, even-numbered pairs only measure them.
 */
final class WrittenPairs {

    static final String RESOURCE = "/search/written-pairs.csv";
    static final long FIRST_ID = 100_000;

    record Pair(int number, DuplicateClass label, String kind, SearchDocument a, SearchDocument b) {

        /** "written-dev" for odd pair numbers, "written-test" for even ones. */
        String set() {
            return number % 2 == 1 ? "written-dev" : "written-test";
        }
    }

    private WrittenPairs() {
    }

    static List<Pair> load() {
        try (InputStream in = WrittenPairs.class.getResourceAsStream(RESOURCE)) {
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
                    throw new IllegalStateException(RESOURCE + ": pair " + r.get(0) + " has " + r.size() + " columns, not 11");
                }
                int n = Integer.parseInt(r.get(0).strip());
                out.add(new Pair(n, DuplicateClass.valueOf(r.get(1).strip()), r.get(2),
                        item(FIRST_ID + 2L * n, "W" + n + "a", r.get(3), r.get(4), r.get(5), r.get(6)),
                        item(FIRST_ID + 2L * n + 1, "W" + n + "b", r.get(7), r.get(8), r.get(9), r.get(10))));
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
