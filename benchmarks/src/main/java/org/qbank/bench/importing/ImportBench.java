package org.qbank.bench.importing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.tools.importing.BankExport;
import org.qbank.tools.storage.BankExporter;
import org.qbank.tools.storage.BankImporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.qbank.tools.importing.BankWorkbookReader;
import org.qbank.tools.importing.BankWorkbookWriter;
import org.qbank.tools.importing.ImportOptions;
import org.qbank.tools.importing.ImportOutcome;

/**
 * Import and export speed: for each size (default 10,000 and 100,000 theory items) writes a workbook from real
 * data, reads and validates it (streaming), stores it in an in-memory H2 (MySQL mode) in one transaction, exports it
 * from the database, and exports the parsed bank (SXSSF). Prints one line per phase. {@code -Dbench.store=false}
 * skips the database.
 * Run with {@code MAVEN_OPTS=-Xmx512m} to hold the 512 MB heap goal.
 */
public final class ImportBench {

    private ImportBench() {
    }

    /** CPU seconds the whole process used so far: on a shared machine wall time alone says little. */
    static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    public static void main(String[] args) throws Exception {
        Path testdata = Path.of(System.getProperty("qbank.testdata", "../shared/testdata"));
        int[] sizes = args.length == 0 ? new int[]{10_000, 100_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path dir = Files.createTempDirectory("qbank-import-bench");
        boolean store = !"false".equals(System.getProperty("bench.store"));
        ConfigurableApplicationContext context = store ? BenchStorage.start() : null;
        System.out.printf("heap max %d MB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        for (int size : sizes) {
            Path file = BenchWorkbook.write(testdata, size, dir.resolve("bank-" + size + ".xlsx"));
            double c0 = cpu();
            long t0 = System.nanoTime();
            ImportOutcome outcome = new BankWorkbookReader().read(file, ImportOptions.DEFAULT);
            long t1 = System.nanoTime();
            if (!outcome.accepted()) {
                throw new IllegalStateException("bench workbook rejected: " + outcome.report().errors().get(0).describe());
            }
            System.out.printf("%,d rows  read+validate %.1f s wall, %.1f s cpu  (%,d bytes, %d warnings)%n", size,
                    (t1 - t0) / 1e9, cpu() - c0, Files.size(file), outcome.report().warnings().size());
            if (store) {
                long inst = BenchStorage.institution(context);
                double c4 = cpu();
                long t4 = System.nanoTime();
                var summary = context.getBean(BankImporter.class).store(
                        Actor.system("bench", Set.of(inst)), inst, outcome.bank(), (d, t) -> { });
                long t5 = System.nanoTime();
                System.out.printf("%,d rows  store (H2, one transaction) %.1f s wall, %.1f s cpu  (%d created); validate+store %.1f s wall%n",
                        size, (t5 - t4) / 1e9, cpu() - c4, summary.created(), (t5 - t4 + t1 - t0) / 1e9);
                double c6 = cpu();
                long t6 = System.nanoTime();
                var exported = context.getBean(BankExporter.class).export(Actor.system("bench", Set.of(inst)), inst, null);
                Path fromDb = dir.resolve("db-export-" + size + ".xlsx");
                try (OutputStream o = Files.newOutputStream(fromDb)) {
                    new BankWorkbookWriter().write(exported, o, n -> { });
                }
                System.out.printf("%,d rows  export from the database %.1f s wall, %.1f s cpu%n", size,
                        (System.nanoTime() - t6) / 1e9, cpu() - c6);
                Files.delete(fromDb);
            }
            Path out = dir.resolve("export-" + size + ".xlsx");
            double c2 = cpu();
            long t2 = System.nanoTime();
            try (OutputStream o = Files.newOutputStream(out)) {
                new BankWorkbookWriter().write(BankExport.of(outcome.bank()), o, n -> { });
            }
            long t3 = System.nanoTime();
            System.out.printf("%,d rows  export of the parsed bank (SXSSF) %.1f s wall, %.1f s cpu  (%,d bytes)%n", size,
                    (t3 - t2) / 1e9, cpu() - c2, Files.size(out));
            Files.delete(file);
            Files.delete(out);
        }
        if (context != null) {
            context.close();
        }
    }
}
