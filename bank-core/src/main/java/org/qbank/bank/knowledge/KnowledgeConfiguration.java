package org.qbank.bank.knowledge;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeQualityRules.class)
class KnowledgeConfiguration {

    @Bean
    KnowledgeTreeValidator knowledgeTreeValidator(KnowledgeQualityRules rules) {
        return new KnowledgeTreeValidator(rules);
    }
}
