package org.qbank.assembly.testsupport;

import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** bank-core plus paper-assembly for storage tests; both modules' migrations are on the classpath. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"org.qbank.bank", "org.qbank.assembly"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = BankCoreTestApplication.class))
@EntityScan("org.qbank.bank")
@EnableJpaRepositories("org.qbank.bank")
public class AssemblyTestApplication {
}
