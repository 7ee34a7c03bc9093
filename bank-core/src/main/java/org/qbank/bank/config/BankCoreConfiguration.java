package org.qbank.bank.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans every qbank process needs. Time is injected: deadlines, draw windows and audit stamps all read this
 * clock, so tests and the demo can move it.
 */
@Configuration(proxyBeanMethods = false)
public class BankCoreConfiguration {

    /** Assessment rules count days in China's calendar. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
