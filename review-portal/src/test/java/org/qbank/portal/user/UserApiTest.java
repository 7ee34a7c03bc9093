package org.qbank.portal.user;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.bank.user.UserInfo;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class UserApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    long a;
    long b;
    QbankUser adminOfA;
    UserInfo writerOfB;

    @BeforeEach
    void twoInstitutions() {
        a = fixtures.institution();
        b = fixtures.institution();
        adminOfA = fixtures.user(Role.INSTITUTION_ADMIN, a);
        writerOfB = fixtures.account(Role.ITEM_WRITER, b);
    }

    @Test
    void anInstitutionAdminCreatesAUserWhoCanThenSignIn() throws Exception {
        String username = "w" + Fixtures.unique();
        mvc.perform(post("/api/v1/users").with(user(adminOfA)).contentType(MediaType.APPLICATION_JSON)
                        .content(createBody(username, "REVIEWER", a) .replace("}", ",\"expertLevel\":2,\"expertTitle\":\"高级工程师\"}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.expertLevel").value(2))
                .andExpect(jsonPath("$.expertLevelName").value("二级/技师"));
        mvc.perform(get("/api/v1/users/me").with(httpBasic(username, "a-long-password-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.institutionIds[0]").value(a));
    }

    @Test
    void anInstitutionAdminCannotReadAnotherInstitutionsUser() throws Exception {
        mvc.perform(get("/api/v1/users/" + writerOfB.id()).with(user(adminOfA)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/users").param("institutionId", String.valueOf(b)).with(user(adminOfA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users").with(user(adminOfA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) writerOfB.id()))))
                .andExpect(jsonPath("$[*].username").value(hasItem(adminOfA.getUsername())));
    }

    @Test
    void anInstitutionAdminCannotWriteAnotherInstitutionsUsers() throws Exception {
        mvc.perform(post("/api/v1/users/" + writerOfB.id() + "/disable").with(user(adminOfA)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/users/" + writerOfB.id() + "/password").with(user(adminOfA))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"hijacked-password\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/users/" + writerOfB.id() + "/grants").with(user(adminOfA))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"EXAM_ADMIN\"]}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/users").with(user(adminOfA)).contentType(MediaType.APPLICATION_JSON)
                        .content(createBody("x" + Fixtures.unique(), "ITEM_WRITER", b)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users/me").with(httpBasic(writerOfB.username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true));
    }

    @Test
    void anInstitutionAdminCannotGrantPlatformAdmin() throws Exception {
        mvc.perform(post("/api/v1/users").with(user(adminOfA)).contentType(MediaType.APPLICATION_JSON)
                        .content(createBody("p" + Fixtures.unique(), "PLATFORM_ADMIN", a)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access-denied"));
    }

    @Test
    void aWriterWithTwoInstitutionsIsA422NamingInstitutionIds() throws Exception {
        mvc.perform(post("/api/v1/users").with(user(fixtures.user(Role.PLATFORM_ADMIN))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"m" + Fixtures.unique() + "\",\"displayName\":\"某人\",\"password\":\"a-long-password-1\","
                                + "\"roles\":[\"ITEM_WRITER\"],\"institutionIds\":[" + a + "," + b + "]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("rule-violation"))
                .andExpect(jsonPath("$.violations[0].field").value("institutionIds"))
                .andExpect(jsonPath("$.violations[0].message").value("只有督导检查员可以属于多个机构"));
    }

    @Test
    void aShortPasswordIsA400NamingThePasswordField() throws Exception {
        mvc.perform(post("/api/v1/users").with(user(adminOfA)).contentType(MediaType.APPLICATION_JSON)
                        .content(createBody("s" + Fixtures.unique(), "ITEM_WRITER", a).replace("a-long-password-1", "short")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("password"));
    }

    @Test
    void anInspectorIsGrantedASecondInstitutionByThePlatformAdmin() throws Exception {
        UserInfo inspector = fixtures.account(Role.INSPECTOR, a);
        mvc.perform(post("/api/v1/users/" + inspector.id() + "/grants").with(user(fixtures.user(Role.PLATFORM_ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"institutionIds\":[" + b + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.institutionIds.length()").value(2));
    }

    @Test
    void anAdminDisablesAndEnablesTheirOwnUser() throws Exception {
        UserInfo writer = fixtures.account(Role.ITEM_WRITER, a);
        mvc.perform(post("/api/v1/users/" + writer.id() + "/disable").with(user(adminOfA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/v1/users/me").with(httpBasic(writer.username(), Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/users/" + writer.id() + "/enable").with(user(adminOfA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
    }

    @Test
    void aUserChangesTheirOwnPassword() throws Exception {
        UserInfo writer = fixtures.account(Role.ITEM_WRITER, a);
        mvc.perform(put("/api/v1/users/" + writer.id() + "/password").with(httpBasic(writer.username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"another-password-2\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/users/me").with(httpBasic(writer.username(), "another-password-2")))
                .andExpect(status().isOk());
    }

    @Test
    void ordinaryRolesCannotListOrManageUsers() throws Exception {
        QbankUser writer = fixtures.user(Role.ITEM_WRITER, a);
        mvc.perform(get("/api/v1/users").with(user(writer))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users").with(user(writer)).contentType(MediaType.APPLICATION_JSON)
                        .content(createBody("z" + Fixtures.unique(), "ITEM_WRITER", a)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/users/" + adminOfA.actor().userId() + "/qualification").with(user(writer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"expertLevel\":1}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallsAreRefused() throws Exception {
        mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/users/1/disable")).andExpect(status().isUnauthorized());
    }

    private static String createBody(String username, String role, long institution) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"测试用户\",\"password\":\"a-long-password-1\","
                + "\"roles\":[\"" + role + "\"],\"institutionIds\":[" + institution + "]}";
    }
}
