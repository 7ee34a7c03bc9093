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

/** The qbank-tools context on a fresh in-memory H2 in MySQL mode, as the bench's database. */
final class BenchStorage {

    private BenchStorage() {
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ToolsApplication.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties(Map.of("spring.config.name", "qbank-tools",
                        "spring.datasource.url", "jdbc:h2:mem:importbench;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                        "spring.datasource.username", "sa", "spring.datasource.password", ""))
                .run();
    }

    static long institution(ConfigurableApplicationContext context) {
        String code = "BENCH" + System.nanoTime();
        return context.getBean(Institutions.class).save(new Institution(code, "基准测试机构", Institution.Kind.TRAINING_ORG,
                null, Instant.parse("2026-01-01T00:00:00Z"))).getId();
    }
}
