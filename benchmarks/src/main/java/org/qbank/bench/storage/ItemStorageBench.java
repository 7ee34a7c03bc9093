package org.qbank.bench.storage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.Institutions;
import org.qbank.bank.item.BulkItem;
import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.EligibleItem;
import org.qbank.bank.item.ItemBulkWriter;
import org.qbank.bank.item.ItemCatalog;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.Score;
import org.qbank.bank.knowledge.ImportKnowledgeTrees;
import org.qbank.bank.knowledge.KnowledgeRow;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.Occupations;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Item storage at bank scale: loads 100,000 items × 2 versions (v1 RETIRED, v2 APPROVED) over 20 occupations ×
 * 5 levels through {@link ItemBulkWriter} (Flyway schema, audited, 1,000 items per transaction), then times
 * {@link ItemCatalog#eligibleByKnowledgePoint} for one occupation/level (1,000 items over 200 鉴定点), rotating
 * over all 100 occupation/level pairs. Runs on a fresh H2 file database (MySQL mode) and, when
 * {@code -Dqbank.bench.mysql.url=jdbc:mysql://host:3306/} is given, on a fresh MySQL/MariaDB database (dropped after).
 * {@code -Dqbank.bench.h2=false} skips H2; {@code -Dqbank.bench.occupations} and {@code -Dqbank.bench.itemsPerPair}
 * shrink the load for a quick check. {@code -Dqbank.bench.reuse=true} keeps the H2 file of the previous run and
 * {@code -Dqbank.bench.mysql.database=name} keeps (or reuses) a named MariaDB database: a loaded database is only
 * queried again. "CPU p50" is the querying thread's CPU time — for embedded H2 the whole query cost, independent
 * of how busy the machine is.
 */
public final class ItemStorageBench {

    static final int OCCUPATIONS = Integer.getInteger("qbank.bench.occupations", 20);
    static final int ITEMS_PER_PAIR = Integer.getInteger("qbank.bench.itemsPerPair", 1000);
    static final int POINTS_PER_PAIR = 200;
    static final int WARMUP = 30;
    static final int REPEATS = 300;
    static final boolean REUSE = Boolean.getBoolean("qbank.bench.reuse");
    static final Instant AT = Instant.parse("2026-01-05T02:00:00Z");

    private ItemStorageBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>();
        if (Boolean.parseBoolean(System.getProperty("qbank.bench.h2", "true"))) {
            Path h2 = Path.of("benchmarks/target/bench-h2").toAbsolutePath();
            if (!REUSE) {
                deleteTree(h2);
            }
            lines.add(run("H2 (file, MySQL mode)", "jdbc:h2:file:" + h2 + "/qbank;MODE=MySQL;DATABASE_TO_LOWER=TRUE", "sa", ""));
        }
        String mysql = System.getProperty("qbank.bench.mysql.url", "");
        if (!mysql.isBlank()) {
            String user = System.getProperty("qbank.bench.mysql.user", "root");
            String password = System.getProperty("qbank.bench.mysql.password", "");
            String kept = System.getProperty("qbank.bench.mysql.database", "");
            String db = kept.isBlank() ? "qbank_bench_" + System.currentTimeMillis() : kept;
            try (Connection c = DriverManager.getConnection(mysql, user, password); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
            String base = mysql.endsWith("/") ? mysql : mysql + "/";
            try {
                lines.add(run(server(mysql, user, password), base + db
                        + "?useUnicode=true&characterEncoding=utf8&rewriteBatchedStatements=true", user, password));
            } finally {
                if (kept.isBlank()) {
                    try (Connection c = DriverManager.getConnection(mysql, user, password); Statement s = c.createStatement()) {
                        s.execute("DROP DATABASE " + db);
                    }
                }
            }
        }
        System.out.println();
        System.out.println("| Database | Items / versions | Load | Load rate | Eligible grouped by 鉴定点 (items, groups) | p50 | p95 | max | CPU p50 | Peak heap |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        lines.forEach(System.out::println);
    }

    private static String run(String label, String url, String user, String password) {
        System.out.println("== " + label + ": " + url);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(BankCoreTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=" + user,
                        "spring.datasource.password=" + password, "logging.level.root=WARN",
                        "spring.main.banner-mode=off")
                .run()) {
            System.gc();
            resetPeaks();
            Institutions institutions = ctx.getBean(Institutions.class);
            Institution existing = institutions.findByCode("BENCH").orElse(null);
            long institution = existing != null ? existing.getId()
                    : institutions.save(new Institution("BENCH", "基准测试机构", Institution.Kind.TRAINING_ORG, null, AT)).getId();
            Occupations occupationRepo = ctx.getBean(Occupations.class);
            List<Long> occupations = new ArrayList<>();
            for (int o = 0; o < OCCUPATIONS; o++) {
                OccupationCode code = OccupationCode.of(String.format("6-%02d-01-01", o + 10));
                String name = "职业" + o;
                occupations.add(occupationRepo.findByCode(code.value()).map(Occupation::getId)
                        .orElseGet(() -> occupationRepo.save(new Occupation(code, name)).getId()));
            }
            Actor actor = new Actor(1, "bench", Set.of(Role.INSTITUTION_ADMIN), Set.of(institution));
            ItemBulkWriter writer = ctx.getBean(ItemBulkWriter.class);
            // items are filed under real 鉴定点 (a foreign key): one 细目表 per occupation and level, imported
            // before the clock starts
            Map<String, List<Long>> points = new HashMap<>();
            for (int o = 0; existing == null && o < occupations.size(); o++) {
                for (Level level : Level.values()) {
                    points.put(o + ":" + level, tree(ctx.getBean(KnowledgeTreeService.class), actor, institution,
                            String.format("6-%02d-01-01", o + 10), level));
                }
            }
            long start = System.nanoTime();
            int items = existing == null ? 0 : OCCUPATIONS * 5 * ITEMS_PER_PAIR;
            for (int o = 0; existing == null && o < occupations.size(); o++) {
                for (Level level : Level.values()) {
                    writer.write(actor, institution, pair(institution, o, occupations.get(o), level, points.get(o + ":" + level)));
                    items += ITEMS_PER_PAIR;
                }
                System.out.printf("  loaded %,d items (%.0f s)%n", items, (System.nanoTime() - start) / 1e9);
            }
            double loadSeconds = existing == null ? (System.nanoTime() - start) / 1e9 : Double.NaN;

            ItemCatalog catalog = ctx.getBean(ItemCatalog.class);
            int size = 0;
            int groups = 0;
            long[] nanos = new long[REPEATS];
            long[] cpu = new long[REPEATS];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int r = -WARMUP; r < REPEATS; r++) {
                long occupation = occupations.get(Math.floorMod(r * 7, occupations.size()));
                Level level = Level.values()[Math.floorMod(r, 5)];
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                Map<Long, List<EligibleItem>> byPoint = catalog.eligibleByKnowledgePoint(institution, occupation, null,
                        level, Subject.THEORY);
                long d = System.nanoTime() - t;
                if (r >= 0) {
                    nanos[r] = d;
                    cpu[r] = threads.getCurrentThreadCpuTime() - c;
                }
                groups = byPoint.size();
                size = byPoint.values().stream().mapToInt(List::size).sum();
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            String line = String.format("| %s | %,d / %,d | %.1f s | %,.0f items/s | %,d, %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d MB |",
                    label, items, items * 2, loadSeconds, items / loadSeconds, size, groups, nanos[REPEATS / 2] / 1e6,
                    nanos[(int) (REPEATS * 0.95)] / 1e6, nanos[REPEATS - 1] / 1e6, cpu[REPEATS / 2] / 1e6, peakHeapBytes() / (1024 * 1024));
            System.out.println(line);
            return line;
        }
    }

    /** Imports a 细目表 of {@value #POINTS_PER_PAIR} 鉴定点 (ten 鉴定范围 of weight 10) and returns the points' ids. */
    private static List<Long> tree(KnowledgeTreeService trees, Actor actor, long institution, String occupationCode,
                                   Level level) {
        List<KnowledgeRow> rows = new ArrayList<>();
        int perRange = POINTS_PER_PAIR / 10;
        for (int r = 1; r <= 10; r++) {
            rows.add(new KnowledgeRow(occupationCode, null, null, level.grade(), Subject.THEORY.displayName(),
                    String.valueOf((char) ('A' + r - 1)), "鉴定范围 " + r, new BigDecimal("10"), null));
            for (int p = 1; p <= perRange; p++) {
                rows.add(new KnowledgeRow(occupationCode, null, null, level.grade(), Subject.THEORY.displayName(),
                        String.format("%c-%03d", (char) ('A' + r - 1), p), "鉴定点 " + r + "." + p, null, "X"));
            }
        }
        long treeId = trees.importTrees(actor, ImportKnowledgeTrees.of(institution, rows)).get(0).treeId();
        return trees.points(actor, treeId).stream().map(p -> p.point().id()).toList();
    }

    private static List<BulkItem> pair(long institution, int o, long occupation, Level level, List<Long> points) {
        List<BulkItem> batch = new ArrayList<>(ITEMS_PER_PAIR);
        for (int i = 0; i < ITEMS_PER_PAIR; i++) {
            long point = points.get(i % points.size());
            String stem = "职业" + o + " " + level.grade() + " 第 " + i + " 题: 在低压配电线路中, 下列哪一项是正确的安全做法?";
            batch.add(new BulkItem(institution, null, occupation, null, level, Subject.THEORY, ItemType.SINGLE_CHOICE,
                    point, "命题人" + (i % 17), "自建", i % 50 == 0 ? "G" + (i / 50) : null, AT, List.of(
                    new BulkItem.Version(content(stem, i), ItemStatus.RETIRED, AT, null),
                    new BulkItem.Version(content(stem + " (修订)", i), ItemStatus.APPROVED, AT, "修订措辞"))));
        }
        return batch;
    }

    private static ItemContent content(String stem, int i) {
        return ItemContent.choice(stem, List.of(ChoiceOption.of("A", "先验电后挂接地线"), ChoiceOption.of("B", "带电拆除接地线"),
                        ChoiceOption.of("C", "用湿手操作开关"), ChoiceOption.of("D", "超负荷长期运行")), "A",
                Difficulty.of(1 + i % 5), Score.of("0.5"));
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static String server(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
