package org.qbank.tools.cli;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The non-web context of qbank-tools: the bank's storage and services plus the command beans. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"org.qbank.bank", "org.qbank.tools"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.qbank\\.bank\\.testsupport\\..*"))
@EntityScan("org.qbank.bank")
@EnableJpaRepositories("org.qbank.bank")
public class ToolsApplication {
}
