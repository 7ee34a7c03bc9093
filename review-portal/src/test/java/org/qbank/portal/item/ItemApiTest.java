package org.qbank.portal.item;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class ItemApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ObjectMapper json;

    long a;
    long occupation;
    long point;
    String occupationCode;
    QbankUser writerOfA;
    QbankUser reviewerOfA;
    QbankUser examAdminOfA;
    QbankUser writerOfB;
    QbankUser examAdminOfB;

    @BeforeEach
    void twoInstitutions() {
        a = fixtures.institution();
        long b = fixtures.institution();
        var occupationInfo = fixtures.occupation();
        occupation = occupationInfo.id();
        occupationCode = occupationInfo.code();
        point = fixtures.point(a, occupationCode);
        writerOfA = fixtures.user(Role.ITEM_WRITER, a);
        reviewerOfA = fixtures.user(Role.REVIEWER, a);
        examAdminOfA = fixtures.user(Role.EXAM_ADMIN, a);
        writerOfB = fixtures.user(Role.ITEM_WRITER, b);
        examAdminOfB = fixtures.user(Role.EXAM_ADMIN, b);
    }

    @Test
    void aWriterCreatesADraftWithAGeneratedCode() throws Exception {
        mvc.perform(json(post("/api/v1/items"), writerOfA, createBody(a, "电气设备外壳接地的主要目的是", "C")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/items/")))
                .andExpect(jsonPath("$.code").isNotEmpty())
                .andExpect(jsonPath("$.typeName").value("单选题"))
                .andExpect(jsonPath("$.latest.number").value(1))
                .andExpect(jsonPath("$.latest.status").value("DRAFT"))
                .andExpect(jsonPath("$.latest.statusName").value("草稿"))
                .andExpect(jsonPath("$.latest.content.options", hasSize(4)))
                .andExpect(jsonPath("$.current").doesNotExist());
    }

    @Test
    void theWholeLifecycleEditSubmitApproveHistoryDiffRetire() throws Exception {
        JsonNode item = create(createBody(a, "电气设备外壳接地的主要目的是", "C"));
        long id = item.get("id").asLong();

        JsonNode edited = body(mvc.perform(json(put("/api/v1/items/" + id), writerOfA,
                        editBody(item.get("lockVersion").asLong(), "电气设备金属外壳接地的主要目的是")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.latest.number").value(2)));
        mvc.perform(post("/api/v1/items/" + id + "/versions/2/submit").with(user(writerOfA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.latest.status").value("SUBMITTED"));
        mvc.perform(json(post("/api/v1/items/" + id + "/versions/2/approve"), reviewerOfA, "{\"note\":\"通过\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.number").value(2))
                .andExpect(jsonPath("$.current.status").value("APPROVED"));

        mvc.perform(get("/api/v1/items/" + id + "/versions").with(user(writerOfA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].status").value("DRAFT"));
        mvc.perform(get("/api/v1/items/" + id + "/diff").param("from", "1").param("to", "2").with(user(writerOfA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identical").value(false))
                .andExpect(jsonPath("$.changes[*].field").value(hasItem("stem")))
                .andExpect(jsonPath("$.changes[0].after").value("电气设备金属外壳接地的主要目的是"));
        mvc.perform(get("/api/v1/items/" + id + "/usage").with(user(writerOfA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessions").value(0));
        mvc.perform(json(post("/api/v1/items/" + id + "/retire"), examAdminOfA, "{\"reason\":\"内容过时\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retiredAt").exists());
        org.assertj.core.api.Assertions.assertThat(edited.get("lockVersion").asLong())
                .isGreaterThan(item.get("lockVersion").asLong());
    }

    @Test
    void aStaleEditIsA409AndTheNewerVersionSurvives() throws Exception {
        JsonNode item = create(createBody(a, "测量绝缘电阻应使用", "B"));
        long id = item.get("id").asLong();
        long lock = item.get("lockVersion").asLong();
        mvc.perform(json(put("/api/v1/items/" + id), writerOfA, editBody(lock, "第一位编辑者的题干")))
                .andExpect(status().isOk());
        mvc.perform(json(put("/api/v1/items/" + id), writerOfA, editBody(lock, "第二位编辑者的题干")))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("stale-version"));
        mvc.perform(get("/api/v1/items/" + id).with(user(writerOfA)))
                .andExpect(jsonPath("$.latest.content.stem").value("第一位编辑者的题干"));
    }

    @Test
    void aKnowledgePointOfAnotherTreeIsA422NamingTheCode() throws Exception {
        long fourthLevel = fixtures.point(a, occupationCode, Level.FOUR, Subject.THEORY);
        mvc.perform(json(post("/api/v1/items"), writerOfA, createBody(a, "电流的单位是", "A")
                        .replace("\"knowledgePointId\":" + point, "\"knowledgePointId\":" + fourthLevel)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("invalid-knowledge-point"))
                .andExpect(jsonPath("$.violations[0].field").value("knowledgePointId"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString("A-001")));
    }

    @Test
    void invalidContentIsA422NamingTheField() throws Exception {
        mvc.perform(json(post("/api/v1/items"), writerOfA, createBody(a, "下列哪个是正确的", "AB")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("rule-violation"))
                .andExpect(jsonPath("$.violations[0].field").value("key"));
        mvc.perform(json(post("/api/v1/items"), writerOfA, createBody(a, "下列哪个是正确的", "A").replace("\"difficulty\":2", "\"difficulty\":9")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.violations[0].field").value("difficulty"));
    }

    @Test
    void rolesAreChecked() throws Exception {
        long id = create(createBody(a, "电流的单位是", "A")).get("id").asLong();
        mvc.perform(json(post("/api/v1/items"), reviewerOfA, createBody(a, "电压的单位是", "A")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/items/" + id + "/versions/1/submit").with(user(reviewerOfA)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/items/" + id + "/versions/1/approve"), writerOfA, "{}"))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/items/" + id + "/retire"), writerOfA, "{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/items/" + id)).andExpect(status().isUnauthorized());
    }

    @Test
    void anotherInstitutionNeitherReadsNorWritesTheItem() throws Exception {
        JsonNode item = create(createBody(a, "兆欧表的用途是", "D"));
        long id = item.get("id").asLong();
        String lock = item.get("lockVersion").asText();

        mvc.perform(get("/api/v1/items/" + id).with(user(writerOfB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/items/" + id + "/versions").with(user(writerOfB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/items/" + id + "/diff").param("from", "1").param("to", "1").with(user(writerOfB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/items/" + id + "/usage").with(user(writerOfB))).andExpect(status().isNotFound());
        mvc.perform(json(put("/api/v1/items/" + id), writerOfB, editBody(Long.parseLong(lock), "改写")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/items/" + id + "/versions/1/submit").with(user(writerOfB))).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/items/" + id + "/retire"), examAdminOfB, "{}")).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/items"), writerOfB, createBody(a, "跨机构写入", "A"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/items/" + id).with(user(writerOfA)))
                .andExpect(jsonPath("$.latest.number").value(1))
                .andExpect(jsonPath("$.latest.status").value("DRAFT"))
                .andExpect(jsonPath("$.retiredAt").doesNotExist());
    }

    private JsonNode create(String body) throws Exception {
        return body(mvc.perform(json(post("/api/v1/items"), writerOfA, body)).andExpect(status().isCreated()));
    }

    private JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, QbankUser as, String body) {
        return request.with(user(as)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String createBody(long institution, String stem, String key) {
        return "{\"institutionId\":" + institution + ",\"occupationId\":" + occupation + ",\"level\":3,"
                + "\"subject\":\"THEORY\",\"type\":\"SINGLE_CHOICE\",\"knowledgePointId\":" + point + ",\"source\":\"自建\","
                + "\"content\":" + contentJson(stem, key) + "}";
    }

    private static String editBody(long lockVersion, String stem) {
        return "{\"lockVersion\":" + lockVersion + ",\"changeNote\":\"修改题干\",\"content\":" + contentJson(stem, "C") + "}";
    }

    private static String contentJson(String stem, String key) {
        return "{\"stem\":\"" + stem + "\",\"options\":[{\"label\":\"A\",\"text\":\"防止设备过热\"},"
                + "{\"label\":\"B\",\"text\":\"提高功率因数\"},{\"label\":\"C\",\"text\":\"防止人身触电\"},"
                + "{\"label\":\"D\",\"text\":\"节约用电\"}],\"key\":\"" + key + "\",\"difficulty\":2,\"score\":0.5}";
    }
}
