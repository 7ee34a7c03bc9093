package org.qbank.portal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.bank.user.UserInfo;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class PageSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void theLoginPageIsChineseAndCarriesACsrfToken() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void anAnonymousPageRequestIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void formLoginSignsInAndLogoutSignsOut() throws Exception {
        UserInfo writer = fixtures.account(Role.ITEM_WRITER, fixtures.institution());
        mvc.perform(formLogin("/login").user(writer.username()).password(Fixtures.PASSWORD))
                .andExpect(authenticated().withUsername(writer.username()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(writer.username()).password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        UserInfo writer = fixtures.account(Role.ITEM_WRITER, fixtures.institution());
        // Without a token (e.g. a login form left open past the session timeout): back to the login page.
        mvc.perform(post("/login").param("username", writer.username()).param("password", Fixtures.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/login").param("username", writer.username()).param("password", Fixtures.PASSWORD)
                        .with(csrf().useInvalidToken()))
                .andExpect(unauthenticated())
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user(fixtures.principal(writer))).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user(fixtures.principal(writer))).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void theHomePageShowsTheRolesTasksAndOnlyTheirLinks() throws Exception {
        QbankUser writer = fixtures.user(Role.ITEM_WRITER, fixtures.institution());
        mvc.perform(get("/").with(user(writer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("命题人")))
                .andExpect(content().string(containsString("按鉴定点编写试题")))
                .andExpect(content().string(not(containsString("用户管理"))))
                .andExpect(content().string(not(containsString("/admin/institutions"))));

        QbankUser admin = fixtures.user(Role.INSTITUTION_ADMIN, fixtures.institution());
        mvc.perform(get("/").with(user(admin)))
                .andExpect(content().string(containsString("/admin/users")))
                .andExpect(content().string(not(containsString("/admin/institutions"))));
    }

    @Test
    void aPageTheRoleMayNotUseShowsTheChineseErrorPage() throws Exception {
        QbankUser writer = fixtures.user(Role.ITEM_WRITER, fixtures.institution());
        mvc.perform(get("/admin/users").with(user(writer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAdminPagesListWhatTheAdminMayManage() throws Exception {
        long a = fixtures.institution();
        UserInfo writer = fixtures.account(Role.ITEM_WRITER, a);
        UserInfo stranger = fixtures.account(Role.ITEM_WRITER, fixtures.institution());
        mvc.perform(get("/admin/users").with(user(fixtures.user(Role.INSTITUTION_ADMIN, a))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(writer.username())))
                .andExpect(content().string(not(containsString(stranger.username()))));
        mvc.perform(get("/admin/institutions").with(user(fixtures.user(Role.PLATFORM_ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("评价机构")));
    }

    @Test
    void confidentialPagesAreNeverStored() throws Exception {
        QbankUser writer = fixtures.user(Role.ITEM_WRITER, fixtures.institution());
        mvc.perform(get("/papers/1").with(user(writer)))
                .andExpect(header().string("Cache-Control", "no-store, private"));
        mvc.perform(get("/").with(user(writer)))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void theSessionTimesOutAfterThirtyMinutes(@Autowired ServerProperties server) {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }
}
