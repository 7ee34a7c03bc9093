package org.qbank.portal.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.qbank.portal.Fixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole portal on a real port and an in-memory database of its own, for headless Chromium; every class so
 * marked shares one application context. Assembly jobs are cut short, and the draw window is wide (60 days) so
 * that a session planned weeks ahead can be drawn for today.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:qbank_browser;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "qbank.assembly.job.time-limit=PT10S",
        "qbank.assembly.job.unimproved-limit=PT1S",
        "qbank.draw.window=P60D"})
@Import(Fixtures.class)
public @interface BrowserTest {
}
