package org.qbank.bench.importing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.qbank.tools.importing.BankExport;
import org.qbank.tools.importing.BankWorkbookReader;
import org.qbank.tools.importing.BankWorkbookWriter;
import org.qbank.tools.importing.ImportOptions;
import org.qbank.tools.importing.ImportOutcome;

/**
 * Import and export speed: for each size (default 10,000 and 100,000 theory items) writes a workbook from real
 * data, reads and validates it (streaming), and exports the parsed bank again (SXSSF). Prints one line per phase.
 * Run with {@code MAVEN_OPTS=-Xmx512m} to hold the 512 MB heap goal.
 */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path testdata = Path.of(System.getProperty("qbank.testdata", "../shared/testdata"));
        int[] sizes = args.length == 0 ? new int[]{10_000, 100_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path dir = Files.createTempDirectory("qbank-import-bench");
        System.out.printf("heap max %d MB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        for (int size : sizes) {
            Path file = BenchWorkbook.write(testdata, size, dir.resolve("bank-" + size + ".xlsx"));
            long t0 = System.nanoTime();
            ImportOutcome outcome = new BankWorkbookReader().read(file, ImportOptions.DEFAULT);
            long t1 = System.nanoTime();
            if (!outcome.accepted()) {
                throw new IllegalStateException("bench workbook rejected: " + outcome.report().errors().get(0).describe());
            }
            System.out.printf("%,d rows  read+validate %.1f s  (%,d bytes, %d warnings)%n", size, (t1 - t0) / 1e9,
                    Files.size(file), outcome.report().warnings().size());
            Path out = dir.resolve("export-" + size + ".xlsx");
            long t2 = System.nanoTime();
            try (OutputStream o = Files.newOutputStream(out)) {
                new BankWorkbookWriter().write(BankExport.of(outcome.bank()), o, n -> { });
            }
            long t3 = System.nanoTime();
            System.out.printf("%,d rows  export (SXSSF) %.1f s  (%,d bytes)%n", size, (t3 - t2) / 1e9, Files.size(out));
            Files.delete(file);
            Files.delete(out);
        }
    }
}
