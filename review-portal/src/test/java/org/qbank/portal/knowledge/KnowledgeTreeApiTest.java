package org.qbank.portal.knowledge;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class KnowledgeTreeApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ObjectMapper json;

    long a;
    long b;
    String occupation;
    QbankUser examAdminOfA;
    QbankUser examAdminOfB;

    @BeforeEach
    void twoInstitutions() {
        a = fixtures.institution();
        b = fixtures.institution();
        occupation = fixtures.occupation().code();
        examAdminOfA = fixtures.user(Role.EXAM_ADMIN, a);
        examAdminOfB = fixtures.user(Role.EXAM_ADMIN, b);
    }

    @Test
    void anExamAdminImportsATreeAndEveryMemberReadsIt() throws Exception {
        String result = mvc.perform(post("/api/v1/knowledge-trees/import").with(user(examAdminOfA))
                        .contentType(MediaType.APPLICATION_JSON).content(request(a, "30", "70")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].level").value(3))
                .andExpect(jsonPath("$[0].levelName").value("三级/高级工"))
                .andExpect(jsonPath("$[0].validation.valid").value(true))
                .andExpect(jsonPath("$[0].validation.pointCount").value(5))
                .andReturn().getResponse().getContentAsString();
        long treeId = json.readTree(result).get(0).get("treeId").asLong();

        QbankUser writer = fixtures.user(Role.ITEM_WRITER, a);
        mvc.perform(get("/api/v1/knowledge-trees").param("institutionId", String.valueOf(a)).with(user(writer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) treeId)));
        mvc.perform(get("/api/v1/knowledge-trees/" + treeId).with(user(writer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.occupationCode").value(occupation))
                .andExpect(jsonPath("$.roots[0].code").value("A"))
                .andExpect(jsonPath("$.roots[0].weight").value(30))
                .andExpect(jsonPath("$.roots[0].children[0].children[0].code").value("A-A-001"))
                .andExpect(jsonPath("$.roots[0].children[0].children[0].importance").value("X"))
                .andExpect(jsonPath("$.roots[0].children[0].children[0].point").value(true));
    }

    @Test
    void badWeightsAreA422NamingTheNodeAndNothingIsStored() throws Exception {
        mvc.perform(post("/api/v1/knowledge-trees/import").with(user(examAdminOfA))
                        .contentType(MediaType.APPLICATION_JSON).content(request(a, "30", "60")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("rule-violation"))
                .andExpect(jsonPath("$.violations[*].field").value(hasItem("顶层")));
        mvc.perform(get("/api/v1/knowledge-trees").param("institutionId", String.valueOf(a)).with(user(examAdminOfA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void validatingStoresNothingAndReportsCounts() throws Exception {
        mvc.perform(post("/api/v1/knowledge-trees/validate").with(user(examAdminOfA))
                        .contentType(MediaType.APPLICATION_JSON).content(request(a, "30", "70")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].treeId").doesNotExist())
                .andExpect(jsonPath("$[0].validation.xCount").value(4))
                .andExpect(jsonPath("$[0].validation.warnings").isArray());
        mvc.perform(get("/api/v1/knowledge-trees").param("institutionId", String.valueOf(a)).with(user(examAdminOfA)))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void anotherInstitutionNeitherReadsNorWritesTheTree() throws Exception {
        String result = mvc.perform(post("/api/v1/knowledge-trees/import").with(user(examAdminOfA))
                        .contentType(MediaType.APPLICATION_JSON).content(request(a, "30", "70")))
                .andReturn().getResponse().getContentAsString();
        long treeId = json.readTree(result).get(0).get("treeId").asLong();

        mvc.perform(get("/api/v1/knowledge-trees/" + treeId).with(user(examAdminOfB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/knowledge-trees").param("institutionId", String.valueOf(a)).with(user(examAdminOfB)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/knowledge-trees/import").with(user(examAdminOfB))
                        .contentType(MediaType.APPLICATION_JSON).content(request(a, "30", "70")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/knowledge-trees/validate").with(user(examAdminOfB))
                        .contentType(MediaType.APPLICATION_JSON).content(request(a, "30", "70")))
                .andExpect(status().isNotFound());
    }

    @Test
    void writersAndAnonymousCannotImport() throws Exception {
        mvc.perform(post("/api/v1/knowledge-trees/import").with(user(fixtures.user(Role.ITEM_WRITER, a)))
                        .contentType(MediaType.APPLICATION_JSON).content(request(a, "30", "70")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/knowledge-trees/import")
                        .contentType(MediaType.APPLICATION_JSON).content(request(a, "30", "70")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/knowledge-trees/1")).andExpect(status().isUnauthorized());
    }

    @Test
    void anEmptyRowListIsA400NamingRows() throws Exception {
        mvc.perform(post("/api/v1/knowledge-trees/import").with(user(examAdminOfA))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"institutionId\":" + a + ",\"rows\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("rows"));
    }

    private String request(long institution, String weightA, String weightB) {
        String[][] rows = {
                {"A", "基本要求", weightA, null}, {"A-A", "职业道德", "10", null}, {"A-A-001", "职业道德基本知识", null, "X"},
                {"A-B", "基础知识", String.valueOf(Integer.parseInt(weightA) - 10), null}, {"A-B-001", "安全用电知识", null, "X"},
                {"A-B-002", "计量单位", null, "Y"}, {"B", "相关知识", weightB, null}, {"B-A", "线路安装", weightB, null},
                {"B-A-001", "导线连接", null, "X"}, {"B-A-002", "线路检测", null, "X"}};
        StringBuilder sb = new StringBuilder("{\"institutionId\":" + institution + ",\"rows\":[");
        for (int i = 0; i < rows.length; i++) {
            String[] r = rows[i];
            sb.append(i == 0 ? "" : ",").append("{\"occupationCode\":\"").append(occupation)
                    .append("\",\"level\":\"三级\",\"subject\":\"理论知识\",\"code\":\"").append(r[0])
                    .append("\",\"name\":\"").append(r[1]).append("\"")
                    .append(r[2] == null ? "" : ",\"weight\":" + r[2])
                    .append(r[3] == null ? "" : ",\"importance\":\"" + r[3] + "\"").append("}");
        }
        return sb.append("]}").toString();
    }
}
