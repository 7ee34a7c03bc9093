package org.qbank.bank.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * The real 细目表 CSVs of the shared test data (system property {@code qbank.testdata}). Missing data skips the
 * test on a developer's machine and fails it under {@code CI=true}.
 */
final class RealTables {

    static final String ELECTRICIAN = "xmb-dg-3.csv";
    static final String WELDER = "xmb-hg-3.csv";

    private RealTables() {
    }

    static List<KnowledgeRow> rows(String file) {
        String dir = System.getProperty("qbank.testdata", "");
        Path path = dir.isBlank() ? null : Path.of(dir, file);
        if (path == null || !Files.isReadable(path)) {
            String message = "real 细目表 " + file + " not found under qbank.testdata=" + dir
                    + " (pass -Dqbank.testdata=/path/to/shared/testdata)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true requires the test data: " + message);
            }
            Assumptions.abort(message);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return KnowledgeRows.fromCsv(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
