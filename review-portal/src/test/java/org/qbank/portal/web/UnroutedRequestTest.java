package org.qbank.portal.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class UnroutedRequestTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void anUnknownApiPathIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(user(fixtures.user(Role.PLATFORM_ADMIN))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("not-found"))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void aWrongMethodOrMediaTypeIsAProblemToo() throws Exception {
        mvc.perform(delete("/api/v1/institutions").with(user(fixtures.user(Role.PLATFORM_ADMIN))))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("method-not-allowed"));
        mvc.perform(post("/api/v1/institutions").with(user(fixtures.user(Role.PLATFORM_ADMIN)))
                        .contentType(MediaType.TEXT_PLAIN).content("code=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnknownPageIsTheChineseErrorPage() throws Exception {
        mvc.perform(get("/no-such-page").with(user(fixtures.user(Role.ITEM_WRITER, fixtures.institution()))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("页面或记录不存在")));
    }
}
