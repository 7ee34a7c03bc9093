package org.qbank.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Cache headers for pages. Confidential pages (papers, items and their images, review rounds) get {@code Cache-Control:
 * no-store, private} even when a controller asked for caching; every other dynamic page gets Spring Security's
 * default no-cache headers. Add paths to {@link #CONFIDENTIAL} as such pages appear.
 */
class ConfidentialPageHeaders implements HeaderWriter {

    static final RequestMatcher CONFIDENTIAL = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/papers/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/items/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/reviews/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/images/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/batches/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/draw/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/blueprints/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/skill-blueprints/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/duplicates/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/inspection/**"));

    private final HeaderWriter defaults = new CacheControlHeadersWriter();

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (CONFIDENTIAL.matches(request)) {
            response.setHeader("Cache-Control", "no-store, private");
            response.setHeader("Pragma", "no-cache");
            response.setHeader("Expires", "0");
        } else {
            defaults.writeHeaders(request, response);
        }
    }
}
