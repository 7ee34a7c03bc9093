package org.qbank.bank.testsupport;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The bank-core context for storage tests: everything under org.qbank.bank, no web. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("org.qbank.bank")
@EntityScan("org.qbank.bank")
@EnableJpaRepositories("org.qbank.bank")
public class BankCoreTestApplication {
}
