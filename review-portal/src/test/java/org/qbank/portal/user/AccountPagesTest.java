package org.qbank.portal.user;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.bank.user.UserInfo;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class AccountPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aUserChangesTheirPasswordOnTheAccountPage() throws Exception {
        UserInfo account = fixtures.account(Role.REVIEWER, fixtures.institution());
        QbankUser me = fixtures.principal(account);
        mvc.perform(get("/account").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(account.username())))
                .andExpect(content().string(containsString("评审专家")));
        mvc.perform(post("/account/password").with(user(me)).with(csrf())
                        .param("current", Fixtures.PASSWORD).param("password", "my-new-password-1").param("confirm", "my-new-password-1"))
                .andExpect(redirectedUrl("/account?changed"));
        mvc.perform(get("/api/v1/users/me").with(httpBasic(account.username(), "my-new-password-1")))
                .andExpect(status().isOk());
    }

    @Test
    void aWrongCurrentPasswordOrAMismatchChangesNothing() throws Exception {
        UserInfo account = fixtures.account(Role.ITEM_WRITER, fixtures.institution());
        QbankUser me = fixtures.principal(account);
        mvc.perform(post("/account/password").with(user(me)).with(csrf())
                        .param("current", "not-my-password").param("password", "my-new-password-1").param("confirm", "my-new-password-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("当前密码不正确")));
        mvc.perform(post("/account/password").with(user(me)).with(csrf())
                        .param("current", Fixtures.PASSWORD).param("password", "my-new-password-1").param("confirm", "other-password-2"))
                .andExpect(content().string(containsString("两次输入的新密码不一致")));
        mvc.perform(post("/account/password").with(user(me)).with(csrf().useInvalidToken())
                        .param("current", Fixtures.PASSWORD).param("password", "my-new-password-1").param("confirm", "my-new-password-1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users/me").with(httpBasic(account.username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk());
    }
}
