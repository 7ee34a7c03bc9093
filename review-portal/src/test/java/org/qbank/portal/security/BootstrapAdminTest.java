package org.qbank.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qbank.bank.access.Role;
import org.qbank.bank.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/** Its own database: the configured administrator is created only because no platform administrator exists. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:qbank_bootstrap;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "qbank.bootstrap.admin-username=root-admin",
        "qbank.bootstrap.admin-password=Very-Secret-Start-1"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    BootstrapAdmin bootstrap;

    @Test
    void theConfiguredPlatformAdminIsCreatedAndCanSignIn() throws Exception {
        assertThat(users.findLogin("root-admin")).hasValueSatisfying(a -> {
            assertThat(a.actor().roles()).containsExactly(Role.PLATFORM_ADMIN);
            assertThat(a.passwordHash()).startsWith("{bcrypt}");
        });
        mvc.perform(get("/api/v1/users/me").with(httpBasic("root-admin", "Very-Secret-Start-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("PLATFORM_ADMIN"));
    }

    @Test
    void aSecondStartCreatesNothingAndNeverLogsThePassword(CapturedOutput output) throws Exception {
        String hash = users.findLogin("root-admin").orElseThrow().passwordHash();
        bootstrap.run(null);
        assertThat(users.findLogin("root-admin").orElseThrow().passwordHash()).isEqualTo(hash);
        assertThat(output.getAll()).doesNotContain("Very-Secret-Start-1");
    }
}
