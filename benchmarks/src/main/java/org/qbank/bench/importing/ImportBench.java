package org.qbank.bench.importing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.tools.importing.BankExport;
import org.qbank.tools.storage.BankExporter;
import org.qbank.tools.storage.BankImporter;
import org.qbank.tools.storage.DuplicateFinder;
import org.qbank.tools.importing.DuplicateFindings;
import org.springframework.context.ConfigurableApplicationContext;
import org.qbank.tools.importing.BankWorkbookReader;
import org.qbank.tools.importing.BankWorkbookWriter;
import org.qbank.tools.importing.ImportOptions;
import org.qbank.tools.importing.ImportOutcome;

/**
 * Import and export speed: for each size (default 10,000 and 100,000 theory items) writes a workbook from real
 * data, reads and validates it (streaming), stores it in an H2 file database (MySQL mode, temporary folder) in one transaction, exports it
 * from the database, and exports the parsed bank (SXSSF). Prints one line per phase. {@code -Dbench.store=false}
 * skips the database. Before storing, sizes up to {@code -Dbench.duplicatesUpTo} (10,000) also get the duplicate
 * check (exact in the bank, near-duplicates in the index and the file) on its own clock. Ends with a table.
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

    /** One measured phase. */
    private record Phase(int size, String name, double wall, double cpu, String note) {
    }

    private static final List<Phase> PHASES = new ArrayList<>();

    private static void report(int size, String name, long t0, double c0, String note) {
        Phase p = new Phase(size, name, (System.nanoTime() - t0) / 1e9, cpu() - c0, note);
        PHASES.add(p);
        System.out.printf("%,d rows  %s  %.1f s wall, %.1f s cpu  %s%n", size, name, p.wall(), p.cpu(), note);
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    public static void main(String[] args) throws Exception {
        Path testdata = Path.of(System.getProperty("qbank.testdata", "../shared/testdata"));
        int[] sizes = args.length == 0 ? new int[]{10_000, 100_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path dir = Files.createTempDirectory("qbank-import-bench");
        boolean store = !"false".equals(System.getProperty("bench.store"));
        // The near-duplicate scan runs on its own clock; by default only up to 10,000 rows (it is not part of the goals).
        int duplicatesUpTo = Integer.getInteger("bench.duplicatesUpTo", 10_000);
        ConfigurableApplicationContext context = store ? BenchStorage.start(dir) : null;
        System.out.printf("heap max %d MB, %d cores, load average %.1f%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), load());
        for (int size : sizes) {
            Path file = BenchWorkbook.write(testdata, size, dir.resolve("bank-" + size + ".xlsx"));
            double c0 = cpu();
            long t0 = System.nanoTime();
            ImportOutcome outcome = new BankWorkbookReader().read(file, ImportOptions.DEFAULT);
            if (!outcome.accepted()) {
                throw new IllegalStateException("bench workbook rejected: " + outcome.report().errors().get(0).describe());
            }
            report(size, "read + validate", t0, c0, String.format("%,d bytes", Files.size(file)));
            long inst = store ? BenchStorage.institution(context) : 0;
            Actor actor = Actor.system("bench", Set.of(inst));
            if (store) {
                if (size <= duplicatesUpTo) {
                    double c2 = cpu();
                    long t2 = System.nanoTime();
                    DuplicateFindings found = context.getBean(DuplicateFinder.class).find(actor, inst, outcome.bank(),
                            outcome.report());
                    report(size, "duplicate check (own clock)", t2, c2, found.counts().toString());
                }
                double c4 = cpu();
                long t4 = System.nanoTime();
                var summary = context.getBean(BankImporter.class).store(actor, inst, outcome.bank(), (d, t) -> { });
                report(size, "store (H2, one transaction)", t4, c4, summary.created() + " created");
            }
            Path out = dir.resolve("export-" + size + ".xlsx");
            double c8 = cpu();
            long t8 = System.nanoTime();
            try (OutputStream o = Files.newOutputStream(out)) {
                new BankWorkbookWriter().write(BankExport.of(outcome.bank()), o, n -> { });
            }
            report(size, "export of the parsed bank (SXSSF)", t8, c8, "");
            Files.delete(file);
            Files.delete(out);
            // The parsed rows are let go first: the database export then has the heap to itself, as in the CLI.
            outcome = null;
            if (store) {
                double c6 = cpu();
                long t6 = System.nanoTime();
                var exported = context.getBean(BankExporter.class).export(actor, inst, null);
                Path fromDb = dir.resolve("db-export-" + size + ".xlsx");
                try (OutputStream o = Files.newOutputStream(fromDb)) {
                    new BankWorkbookWriter().write(exported, o, n -> { });
                }
                report(size, "export from the database", t6, c6, "");
                Files.delete(fromDb);
            }
        }
        if (context != null) {
            context.close();
        }
        System.out.printf("%n| rows | phase | wall | CPU (process) | note |%n|---:|---|---:|---:|---|%n");
        for (Phase p : PHASES) {
            System.out.printf("| %,d | %s | %.1f s | %.1f s | %s |%n", p.size(), p.name(), p.wall(), p.cpu(), p.note());
        }
        System.out.printf("heap max %d MB, load average at the end %.1f%n", Runtime.getRuntime().maxMemory() >> 20, load());
    }
}
