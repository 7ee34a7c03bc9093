package org.qbank.bank.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code qbank.search.*}: where the index lives, whether this process writes it (only the portal does; the CLI
 * sets {@code writer=false}) and how often changes made by other processes are caught up from the audit log
 * (zero turns the periodic catch-up off).
 */
@ConfigurationProperties("qbank.search")
public record SearchProperties(@DefaultValue("./data/index") Path dir, @DefaultValue("true") boolean writer,
                               @DefaultValue("PT15S") Duration catchUpDelay) {
}
