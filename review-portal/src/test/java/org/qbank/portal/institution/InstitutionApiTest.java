package org.qbank.portal.institution;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class InstitutionApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aPlatformAdminCreatesAnInstitutionAndGetsItsLocation() throws Exception {
        String code = "c" + Fixtures.unique();
        mvc.perform(post("/api/v1/institutions").with(user(fixtures.user(Role.PLATFORM_ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"name\":\"华东职业技能评价中心\",\"kind\":\"TRAINING_ORG\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/institutions/")))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.kind").value("TRAINING_ORG"));
    }

    @Test
    void aMissingFieldIsA400NamingIt() throws Exception {
        mvc.perform(post("/api/v1/institutions").with(user(fixtures.user(Role.PLATFORM_ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"abc\",\"kind\":\"EMPLOYER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid-input"))
                .andExpect(jsonPath("$.violations[0].field").value("name"))
                .andExpect(jsonPath("$.violations[0].message").value("机构名称不能为空"));
    }

    @Test
    void malformedJsonIsA400WithItsOwnCode() throws Exception {
        mvc.perform(post("/api/v1/institutions").with(user(fixtures.user(Role.PLATFORM_ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("malformed-json"));
    }

    @Test
    void aRuleViolationIsA422ListingTheFields() throws Exception {
        mvc.perform(post("/api/v1/institutions").with(user(fixtures.user(Role.PLATFORM_ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"含中文\",\"name\":\"某机构\",\"kind\":\"EMPLOYER\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("rule-violation"))
                .andExpect(jsonPath("$.violations[0].field").value("code"));
    }

    @Test
    void aDuplicateCodeIsA409() throws Exception {
        QbankUser platform = fixtures.user(Role.PLATFORM_ADMIN);
        String body = "{\"code\":\"d" + Fixtures.unique() + "\",\"name\":\"某机构\",\"kind\":\"EMPLOYER\"}";
        mvc.perform(post("/api/v1/institutions").with(user(platform)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/institutions").with(user(platform)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("duplicate-code"));
    }

    @Test
    void aMemberSeesOnlyTheirInstitutionAndAnotherIsNotFound() throws Exception {
        long a = fixtures.institution();
        long b = fixtures.institution();
        QbankUser writerOfA = fixtures.user(Role.ITEM_WRITER, a);
        mvc.perform(get("/api/v1/institutions").with(user(writerOfA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) a)))
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) b))));
        mvc.perform(get("/api/v1/institutions/" + b).with(user(writerOfA)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("not-found"));
    }

    @Test
    void onlyAPlatformAdminRenamesOrRetires() throws Exception {
        long a = fixtures.institution();
        QbankUser adminOfA = fixtures.user(Role.INSTITUTION_ADMIN, a);
        mvc.perform(put("/api/v1/institutions/" + a).with(user(adminOfA))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"改名\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/institutions/" + a + "/retire").with(user(adminOfA)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/institutions/" + a + "/retire").with(user(fixtures.user(Role.PLATFORM_ADMIN))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retiredAt").exists());
    }

    @Test
    void aStaleRenameIsA409() throws Exception {
        long a = fixtures.institution();
        QbankUser platform = fixtures.user(Role.PLATFORM_ADMIN);
        mvc.perform(put("/api/v1/institutions/" + a).with(user(platform))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"新名\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("新名"));
        mvc.perform(put("/api/v1/institutions/" + a).with(user(platform))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"又一个名\",\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale-version"));
    }

    @Test
    void anonymousCallsAreRefused() throws Exception {
        mvc.perform(get("/api/v1/institutions")).andExpect(status().isUnauthorized());
    }
}
