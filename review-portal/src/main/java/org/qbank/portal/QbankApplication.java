package org.qbank.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The one process a user starts: pages, REST API and security over the bank. Scans every qbank module except
 * other entry points (the CLI's application and commands, the modules' test applications and test support).
 */
@SpringBootApplication
@ComponentScan(basePackages = "org.qbank", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.qbank\\.tools\\.cli\\..*"),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.qbank\\..*\\.testsupport\\..*")})
@EntityScan("org.qbank")
@EnableJpaRepositories("org.qbank")
public class QbankApplication {

    public static void main(String[] args) {
        SpringApplication.run(QbankApplication.class, args);
    }
}
