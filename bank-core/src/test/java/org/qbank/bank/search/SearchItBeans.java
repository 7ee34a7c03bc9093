package org.qbank.bank.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The search storage tests' data source: items kept in plain lists with commit-time visibility. Listed in
 * {@code @SpringBootTest(classes = …)} only, so no other test context picks it up.
 */
class SearchItBeans {

    @Bean
    @Primary
    InMemorySearchSource inMemorySearchSource() {
        return new InMemorySearchSource();
    }
}
