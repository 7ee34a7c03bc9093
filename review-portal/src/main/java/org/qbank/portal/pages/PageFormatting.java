package org.qbank.portal.pages;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.qbank.bank.config.BankCoreConfiguration;

/** Times as users read them: Asia/Shanghai, to the minute. */
public final class PageFormatting {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(BankCoreConfiguration.ZONE);

    private PageFormatting() {
    }

    /** Empty text for null. */
    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
