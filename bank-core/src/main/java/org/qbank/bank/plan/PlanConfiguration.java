package org.qbank.bank.plan;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PlanPolicy.class, ExamStandards.class})
class PlanConfiguration {
}
