package org.qbank.bank.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.qbank.bank.config.BankCoreConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock tests move: deadlines and retention depend on "today". */
final class MutableClock extends Clock {

    private volatile Instant now = Instant.parse("2026-01-05T02:00:00Z");

    void set(String localDateTimeInChina) {
        now = LocalDateTime.parse(localDateTimeInChina).atZone(BankCoreConfiguration.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return BankCoreConfiguration.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
