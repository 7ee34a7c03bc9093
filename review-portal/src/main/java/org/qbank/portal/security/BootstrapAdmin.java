package org.qbank.portal.security;

import org.qbank.bank.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first PLATFORM_ADMIN from {@code qbank.bootstrap.admin-username}/{@code admin-password}
 * (env {@code QBANK_ADMIN_USERNAME}/{@code QBANK_ADMIN_PASSWORD}) when no platform administrator exists.
 * qbank ships no default password: without the settings it starts with nobody able to sign in, and says so.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserService users;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    BootstrapAdmin(UserService users, PasswordEncoder encoder,
                   @Value("${qbank.bootstrap.admin-username:}") String username,
                   @Value("${qbank.bootstrap.admin-password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.platformAdminExists()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No platform administrator exists yet. Set QBANK_ADMIN_USERNAME and QBANK_ADMIN_PASSWORD "
                    + "(at least {} characters) and restart to create one (see docs/security.md).", MIN_PASSWORD_LENGTH);
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("QBANK_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        users.bootstrapPlatformAdmin(username, "平台管理员", encoder.encode(password))
                .ifPresent(u -> log.info("Created the first platform administrator '{}' from configuration.", u.username()));
    }
}
