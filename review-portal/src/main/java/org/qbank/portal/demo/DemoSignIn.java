package org.qbank.portal.demo;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where the demo's users sign in: the port the server actually listens on (QBANK_PORT, or a random one), learnt from
 * the server itself rather than from configuration. The server starts before the demo is seeded, so the address is
 * known by the time it is printed.
 */
@Component
@Profile("demo")
class DemoSignIn implements ApplicationListener<WebServerInitializedEvent> {

    private final String contextPath;
    private volatile int port;

    DemoSignIn(Environment environment) {
        this.contextPath = environment.getProperty("server.servlet.context-path", "");
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // a separate management server announces itself under its own namespace; users sign in on the main one
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /** The login page's address, or just its path when no server listens (a test without one). */
    String loginUrl() {
        return port > 0 ? "http://localhost:" + port + contextPath + "/login" : contextPath + "/login";
    }
}
