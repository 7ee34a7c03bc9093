package org.qbank.portal.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.bank.user.UserInfo;
import org.qbank.bank.user.UserService;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class ApiSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserService users;

    @Test
    void anAnonymousCallIsA401ProblemAskingForBasic() throws Exception {
        mvc.perform(get("/api/v1/users/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"qbank\""))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    @Test
    void aWrongPasswordIsA401() throws Exception {
        UserInfo writer = fixtures.account(Role.ITEM_WRITER, fixtures.institution());
        mvc.perform(get("/api/v1/users/me").with(httpBasic(writer.username(), "wrong-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    @Test
    void httpBasicWithTheRightPasswordSignsInStatelessly() throws Exception {
        UserInfo writer = fixtures.account(Role.ITEM_WRITER, fixtures.institution());
        mvc.perform(get("/api/v1/users/me").with(httpBasic(writer.username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(jsonPath("$.username").value(writer.username()))
                .andExpect(jsonPath("$.roles[0]").value("ITEM_WRITER"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        long institution = fixtures.institution();
        UserInfo writer = fixtures.account(Role.ITEM_WRITER, institution);
        users.disable(fixtures.principal(fixtures.account(Role.INSTITUTION_ADMIN, institution)).actor(), writer.id());
        mvc.perform(get("/api/v1/users/me").with(httpBasic(writer.username(), Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongRoleIsA403Problem() throws Exception {
        mvc.perform(post("/api/v1/institutions").with(user(fixtures.user(Role.ITEM_WRITER, fixtures.institution())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"x1\",\"name\":\"某机构\",\"kind\":\"EMPLOYER\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("access-denied"));
    }

    @Test
    void theApiNeedsNoCsrfToken() throws Exception {
        mvc.perform(post("/api/v1/institutions").with(user(fixtures.user(Role.PLATFORM_ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"c" + Fixtures.unique() + "\",\"name\":\"某机构\",\"kind\":\"EMPLOYER\"}"))
                .andExpect(status().isCreated());
    }
}
