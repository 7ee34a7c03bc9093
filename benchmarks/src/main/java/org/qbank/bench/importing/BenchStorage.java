package org.qbank.bench.importing;

import java.time.Instant;
import java.util.Map;

import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.Institutions;
import org.qbank.tools.cli.ToolsApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The qbank-tools context on a fresh H2 file database (MySQL mode) in the bench's temporary folder. */
final class BenchStorage {

    private BenchStorage() {
    }

    static ConfigurableApplicationContext start(java.nio.file.Path dir) {
        return new SpringApplicationBuilder(ToolsApplication.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties(Map.of("spring.config.name", "qbank-tools"))
                // Arguments, not default properties: qbank-tools.yml would otherwise win and point at ./data/qbank.
                // A file database in a fresh temporary folder, as the command line uses H2: an in-memory one would
                // put the whole bank inside the 512 MB heap the goal is about.
                .run("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("importbench").toAbsolutePath()
                                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                        "--spring.datasource.username=sa", "--spring.datasource.password=",
                        "--qbank.search.dir=" + System.getProperty("java.io.tmpdir") + "/qbank-import-bench-index-"
                                + System.nanoTime());
    }

    static long institution(ConfigurableApplicationContext context) {
        String code = "BENCH" + System.nanoTime();
        return context.getBean(Institutions.class).save(new Institution(code, "基准测试机构", Institution.Kind.TRAINING_ORG,
                null, Instant.parse("2026-01-01T00:00:00Z"))).getId();
    }
}
