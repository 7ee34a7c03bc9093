package org.qbank.portal.occupation;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class OccupationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ObjectMapper json;

    @Test
    void aPlatformAdminAddsAnOccupationAndAWorkTypeThatEveryoneReads() throws Exception {
        QbankUser platform = fixtures.user(Role.PLATFORM_ADMIN);
        String code = fixtures.unusedOccupationCode();
        String created = mvc.perform(post("/api/v1/occupations").with(user(platform)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"name\":\"示例职业\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        mvc.perform(post("/api/v1/occupations/" + id + "/work-types").with(user(platform))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"示例工种\"}"))
                .andExpect(status().isCreated());

        QbankUser writer = fixtures.user(Role.ITEM_WRITER, fixtures.institution());
        mvc.perform(get("/api/v1/occupations").with(user(writer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].code").value(hasItem(code)));
        mvc.perform(get("/api/v1/occupations/" + id + "/work-types").with(user(writer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("示例工种"));
    }

    @Test
    void aMalformedCodeIsA422NamingOccupationCode() throws Exception {
        mvc.perform(post("/api/v1/occupations").with(user(fixtures.user(Role.PLATFORM_ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"6-31-1\",\"name\":\"电工\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.violations[0].field").value("occupationCode"));
    }

    @Test
    void onlyAPlatformAdminExtendsTheCatalogue() throws Exception {
        QbankUser admin = fixtures.user(Role.INSTITUTION_ADMIN, fixtures.institution());
        mvc.perform(post("/api/v1/occupations").with(user(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + fixtures.unusedOccupationCode() + "\",\"name\":\"示例\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/occupations/1/work-types").with(user(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"示例\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownOccupationIsA404() throws Exception {
        mvc.perform(get("/api/v1/occupations/987654321/work-types").with(user(fixtures.user(Role.EXAM_ADMIN, fixtures.institution()))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
    }

    @Test
    void anonymousCallsAreRefused() throws Exception {
        mvc.perform(get("/api/v1/occupations")).andExpect(status().isUnauthorized());
    }
}
