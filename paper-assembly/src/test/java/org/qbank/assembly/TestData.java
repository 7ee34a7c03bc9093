package org.qbank.assembly;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The shared real test data ({@code qbank.testdata}): skipped outside CI when missing, a failure under CI=true. */
public final class TestData {

    private TestData() {
    }

    public static Path file(String name) {
        String dir = System.getProperty("qbank.testdata", "");
        Path path = dir.isBlank() ? null : Path.of(dir, name);
        if (path == null || !Files.isRegularFile(path)) {
            String message = "test data " + name + " not found under qbank.testdata=" + dir;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + " (required under CI=true)");
            }
            Assumptions.abort(message);
        }
        return path;
    }
}
