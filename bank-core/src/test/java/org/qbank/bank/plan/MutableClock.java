package org.qbank.bank.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.qbank.bank.config.BankCoreConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests move: deadlines, retention and draw windows depend on "now". Import {@link Config} to make it the
 * context's clock; every service of the context then reads it.
 */
public final class MutableClock extends Clock {

    private volatile Instant now = Instant.parse("2026-01-05T02:00:00Z");

    public void set(String localDateTimeInChina) {
        now = LocalDateTime.parse(localDateTimeInChina).atZone(BankCoreConfiguration.ZONE).toInstant();
    }

    public void set(Instant at) {
        now = at;
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
    public static class Config {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
