package org.qbank.bank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Real questions from the CMMLU benchmark (haonan-li/CMMLU, CC BY-NC-SA 4.0), read from the shared test data
 * ({@code qbank.testdata}/cmmlu/*.csv, columns {@code ,Question,A,B,C,D,Answer}); used as test input only.
 */
public final class Cmmlu {

    /** One question, referenced by file name (without .csv) and the row index of its first column. */
    public record Question(String file, int row, String stem, Map<String, String> options, String answer) {

        public String ref() {
            return file + "#" + row;
        }

        public SearchDocument toDocument(long itemId, long institutionId) {
            return new SearchDocument(itemId, institutionId, "CM-" + ref(), "4-04-05-05", 3, "理论知识",
                    SearchDocument.SINGLE, "已审定", file, file, "命题人", stem, options, answer, "", 0,
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(itemId));
        }
    }

    private Cmmlu() {
    }

    /** The cmmlu folder; skips the calling test outside CI when missing, fails under CI=true. */
    public static Path dirOrSkip() {
        String base = System.getProperty("qbank.testdata", "");
        Path dir = base.isBlank() ? null : Path.of(base, "cmmlu");
        if (dir == null || !Files.isDirectory(dir)) {
            String msg = "cmmlu test data not found (qbank.testdata=" + base + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true requires the test data: " + msg);
            }
            Assumptions.abort(msg);
        }
        return dir;
    }

    public static List<Question> load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Question> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                out.addAll(loadFile(f));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Question> loadFile(Path f) throws IOException {
        String name = f.getFileName().toString().replace(".csv", "");
        List<List<String>> rows = parse(Files.readString(f, StandardCharsets.UTF_8));
        List<Question> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() < 7) {
                continue;
            }
            Map<String, String> options = new LinkedHashMap<>();
            options.put("A", r.get(2));
            options.put("B", r.get(3));
            options.put("C", r.get(4));
            options.put("D", r.get(5));
            out.add(new Question(name, Integer.parseInt(r.get(0).strip()), r.get(1), options, r.get(6).strip()));
        }
        return out;
    }

    /** RFC 4180: quoted fields may hold commas, quotes ("") and newlines. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
