package org.qbank.portal.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The search REST API on real items saved through the item API and indexed after commit. */
@PortalTest
class SearchApiTest {

    private static final String[] GROUNDING = {"防止设备过热", "提高功率因数", "防止人身触电", "节约用电"};

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ObjectMapper json;

    long a;
    long b;
    long occupation;
    String occupationCode;
    QbankUser writerOfA;
    QbankUser reviewerOfA;
    QbankUser adminOfA;
    QbankUser writerOfB;

    @BeforeEach
    void twoInstitutions() {
        a = fixtures.institution();
        b = fixtures.institution();
        var o = fixtures.occupation();
        occupation = o.id();
        occupationCode = o.code();
        writerOfA = fixtures.user(Role.ITEM_WRITER, a);
        reviewerOfA = fixtures.user(Role.REVIEWER, a);
        adminOfA = fixtures.user(Role.INSTITUTION_ADMIN, a);
        writerOfB = fixtures.user(Role.ITEM_WRITER, b);
    }

    @Test
    void searchFindsTheCallersItemsWithHighlightsFacetsAndPaging() throws Exception {
        create(writerOfA, a, "电气设备外壳接地的主要目的是（ ）", GROUNDING, "C");
        create(writerOfA, a, "测量绝缘电阻应使用（ ）", new String[] {"万用表", "兆欧表", "电流表", "电压表"}, "B");
        create(writerOfB, b, "电气设备外壳接地的主要目的是（ ）", GROUNDING, "C");

        mvc.perform(get("/api/v1/items/search").param("q", "接地").with(user(writerOfA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].institutionId").value(a))
                .andExpect(jsonPath("$.hits[0].type").value("单选题"))
                .andExpect(jsonPath("$.hits[0].snippet", containsString("<mark>接地</mark>")))
                .andExpect(jsonPath("$.facets.type.单选题").value(1))
                .andExpect(jsonPath("$.facets.status.草稿").value(1));
        mvc.perform(get("/api/v1/items/search").param("type", "SINGLE_CHOICE").param("status", "草稿")
                        .param("sort", "least-used").param("size", "1").param("page", "1").with(user(writerOfA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.hits", hasSize(1)))
                .andExpect(jsonPath("$.page").value(1));
        mvc.perform(get("/api/v1/items/search").param("q", "兆欧表").param("type", "判断题").with(user(writerOfA)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void searchNeverCrossesInstitutionsAndRejectsBadParameters() throws Exception {
        create(writerOfA, a, "电气设备外壳接地的主要目的是（ ）", GROUNDING, "C");
        mvc.perform(get("/api/v1/items/search").param("q", "接地").param("institutionId", Long.toString(b))
                        .with(user(writerOfA)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/items/search").param("q", "接地").with(user(writerOfB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/items/search").param("sort", "newest").with(user(writerOfA)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.violations[0].field").value("sort"));
        mvc.perform(get("/api/v1/items/search").param("type", "连线题").with(user(writerOfA)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.violations[0].field").value("type"));
        mvc.perform(get("/api/v1/items/search").param("size", "500").with(user(writerOfA)))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/v1/items/search").param("q", "接地")).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnsavedDraftAndASavedItemAreCheckedForNearDuplicates() throws Exception {
        long original = create(writerOfA, a, "电气设备外壳接地的主要目的是（ ）", GROUNDING, "C");
        // The same question retyped: options reordered, numbering and blanks changed, key relabelled.
        String draft = draftJson(null, a, "1、电气设备外壳接地的主要目的是____",
                new String[] {"防止人身触电", "节约用电", "防止设备过热", "提高功率因数"}, "A");
        mvc.perform(jsonRequest(post("/api/v1/items/near-duplicates"), writerOfA, "{\"draft\":" + draft + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].itemId").value(original))
                .andExpect(jsonPath("$[0].kind").value("DUPLICATE"))
                .andExpect(jsonPath("$[0].kindName").value("重复"))
                .andExpect(jsonPath("$[0].reason").isNotEmpty());
        mvc.perform(jsonRequest(post("/api/v1/items/near-duplicates"), writerOfA,
                        "{\"draft\":" + draftJson(null, a, "电气设备外壳接地的主要目的是（ ）", GROUNDING, "A") + "}"))
                .andExpect(jsonPath("$[0].kind").value("VARIANT"));
        // Reworded beyond proof but with the same options and answer: reported for the writer to judge.
        mvc.perform(jsonRequest(post("/api/v1/items/near-duplicates"), writerOfA,
                        "{\"draft\":" + draftJson(null, a, "为什么要把电气设备的金属外壳接地？", GROUNDING, "C") + "}"))
                .andExpect(jsonPath("$[0].itemId").value(original))
                .andExpect(jsonPath("$[0].kind").value("POSSIBLE_REWORDING"))
                .andExpect(jsonPath("$[0].kindName").value("疑似改写"));

        long copy = create(writerOfA, a, "电气设备外壳接地的主要目的是", GROUNDING, "C");
        mvc.perform(jsonRequest(post("/api/v1/items/near-duplicates"), writerOfA, "{\"itemId\":" + copy + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].itemId").value(original));
    }

    @Test
    void neighboursListTheItemsOfTheSame鉴定点ClosestInWording() throws Exception {
        long original = create(writerOfA, a, "电气设备外壳接地的主要目的是（ ）", GROUNDING, "C");
        create(writerOfA, a, "兆欧表的用途是测量（ ）", new String[] {"绝缘电阻", "电流", "电压", "功率"}, "A");
        // The same question in other words: the detector cannot prove it (疑似改写 at most), the neighbours show it first.
        long reworded = create(writerOfA, a, "把电气设备的金属外壳接地, 首先是为了什么？",
                new String[] {"避免人身触电", "节约电能", "防止设备过热", "提高功率因数"}, "A");
        mvc.perform(jsonRequest(post("/api/v1/items/near-duplicates"), writerOfA, "{\"itemId\":" + reworded + "}"))
                .andExpect(jsonPath("$[*].kind", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("POSSIBLE_REWORDING"))));
        mvc.perform(get("/api/v1/items/" + reworded + "/neighbours").with(user(reviewerOfA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].itemId").value(original))
                .andExpect(jsonPath("$[0].snippet").value(org.hamcrest.Matchers.containsString("<mark>")))
                .andExpect(jsonPath("$[*].itemId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) reworded))));
        mvc.perform(get("/api/v1/items/" + reworded + "/neighbours").with(user(writerOfB)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aNearDuplicateCheckNeedsExactlyOneSubjectWithinTheCallersInstitutions() throws Exception {
        long original = create(writerOfA, a, "电气设备外壳接地的主要目的是（ ）", GROUNDING, "C");
        mvc.perform(jsonRequest(post("/api/v1/items/near-duplicates"), writerOfA, "{}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.violations[0].field").value("itemId"));
        mvc.perform(jsonRequest(post("/api/v1/items/near-duplicates"), writerOfA,
                        "{\"draft\":{\"institutionId\":" + a + ",\"type\":\"单选题\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("draft.stem"));
        mvc.perform(jsonRequest(post("/api/v1/items/near-duplicates"), writerOfB, "{\"itemId\":" + original + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(jsonRequest(post("/api/v1/items/near-duplicates"), writerOfB,
                        "{\"draft\":" + draftJson(null, a, "电气设备外壳接地的主要目的是", GROUNDING, "C") + "}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void reviewersMarkPairsAndTheMarksChangeWhatIsReported() throws Exception {
        long original = create(writerOfA, a, "电气设备外壳接地的主要目的是（ ）", GROUNDING, "C");
        long copy = create(writerOfA, a, "电气设备外壳接地的主要目的是", GROUNDING, "C");
        String check = "{\"itemId\":" + copy + "}";

        mvc.perform(jsonRequest(put("/api/v1/items/" + copy + "/pair-marks"), reviewerOfA,
                        "{\"otherItemId\":" + original + ",\"kind\":\"NOT_DUPLICATE\",\"note\":\"题意不同\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.itemA").value(original))
                .andExpect(jsonPath("$.itemB").value(copy))
                .andExpect(jsonPath("$.kindName").value("不是重复题"));
        mvc.perform(jsonRequest(post("/api/v1/items/near-duplicates"), writerOfA, check))
                .andExpect(jsonPath("$", hasSize(0)));

        mvc.perform(jsonRequest(put("/api/v1/items/" + original + "/pair-marks"), reviewerOfA,
                        "{\"otherItemId\":" + copy + ",\"kind\":\"ENEMIES\"}"))
                .andExpect(status().isOk());
        mvc.perform(jsonRequest(post("/api/v1/items/near-duplicates"), writerOfA, check))
                .andExpect(jsonPath("$[0].mark").value("ENEMIES"));
        mvc.perform(get("/api/v1/institutions/" + a + "/enemies").with(user(reviewerOfA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].kind").value("ENEMIES"));

        mvc.perform(delete("/api/v1/items/" + copy + "/pair-marks/" + original).with(user(reviewerOfA)).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/institutions/" + a + "/enemies").with(user(reviewerOfA)))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aMarkNamingAnUnknownOrForeignItemIsA404AndRolesAreChecked() throws Exception {
        long original = create(writerOfA, a, "电气设备外壳接地的主要目的是（ ）", GROUNDING, "C");
        long foreign = create(writerOfB, b, "电气设备外壳接地的主要目的是（ ）", GROUNDING, "C");
        mvc.perform(jsonRequest(put("/api/v1/items/" + original + "/pair-marks"), reviewerOfA,
                        "{\"otherItemId\":" + foreign + ",\"kind\":\"ENEMIES\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString(Long.toString(foreign))));
        mvc.perform(jsonRequest(put("/api/v1/items/" + original + "/pair-marks"), reviewerOfA,
                        "{\"otherItemId\":987654321,\"kind\":\"ENEMIES\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(jsonRequest(put("/api/v1/items/" + foreign + "/pair-marks"), reviewerOfA,
                        "{\"otherItemId\":" + original + ",\"kind\":\"ENEMIES\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(jsonRequest(put("/api/v1/items/" + original + "/pair-marks"), reviewerOfA,
                        "{\"otherItemId\":" + original + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("kind"));
        QbankUser examAdmin = fixtures.user(Role.EXAM_ADMIN, a);
        mvc.perform(jsonRequest(put("/api/v1/items/" + original + "/pair-marks"), examAdmin,
                        "{\"otherItemId\":" + foreign + ",\"kind\":\"ENEMIES\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/institutions/" + a + "/enemies").with(user(writerOfB)))
                .andExpect(status().isNotFound());
    }

    @Test
    void duplicateGroupsListTheBanksStoredCopiesOncePerGroupInTheCallersInstitutionOnly() throws Exception {
        long first = create(writerOfA, a, "电气设备外壳接地的主要目的是（ ）", GROUNDING, "C");
        long second = create(writerOfA, a, "电气设备外壳接地的主要目的是什么?", new String[] {"防止人身触电", "节约用电",
                "防止设备过热", "提高功率因数"}, "A");
        long third = create(writerOfA, a, "（3）电气设备外壳接地的主要目的是", GROUNDING, "C");
        create(writerOfB, b, "电气设备外壳接地的主要目的是（ ）", GROUNDING, "C");

        mvc.perform(get("/api/v1/institutions/" + a + "/duplicate-groups").param("occupation", occupationCode)
                        .param("level", "3").with(user(reviewerOfA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").value(3))
                .andExpect(jsonPath("$.pairs").value(3))
                .andExpect(jsonPath("$.level").value(3))
                .andExpect(jsonPath("$.groups.length()").value(1))
                .andExpect(jsonPath("$.groups[0].kind").value("DUPLICATE"))
                .andExpect(jsonPath("$.groups[0].kindName").value("重复"))
                .andExpect(jsonPath("$.groups[0].items[0]").value(first))
                .andExpect(jsonPath("$.groups[0].items[1]").value(second))
                .andExpect(jsonPath("$.groups[0].items[2]").value(third))
                .andExpect(jsonPath("$.groups[0].pairs[0].reason").isNotEmpty());
        mvc.perform(get("/api/v1/institutions/" + a + "/duplicate-groups").param("level", "7").with(user(reviewerOfA)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.violations[0].field").value("level"))
                .andExpect(jsonPath("$.violations[0].message", containsString("7")));
        mvc.perform(get("/api/v1/institutions/" + b + "/duplicate-groups").with(user(reviewerOfA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void institutionAdminsReindexTheirInstitutionAndOnlyPlatformAdminsEverything() throws Exception {
        create(writerOfA, a, "电气设备外壳接地的主要目的是（ ）", GROUNDING, "C");
        mvc.perform(post("/api/v1/admin/search/reindex").param("institutionId", Long.toString(a))
                        .with(user(adminOfA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.institutionId").value(a))
                .andExpect(jsonPath("$.items").value(1));
        mvc.perform(get("/api/v1/items/search").param("q", "接地").with(user(writerOfA)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(post("/api/v1/admin/search/reindex").param("institutionId", Long.toString(b))
                        .with(user(adminOfA)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/admin/search/reindex").with(user(adminOfA)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/search/reindex").param("institutionId", Long.toString(a))
                        .with(user(writerOfA)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/search/reindex").with(user(fixtures.user(Role.PLATFORM_ADMIN))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isNumber());
    }

    private long create(QbankUser writer, long institution, String stem, String[] options, String key) throws Exception {
        String body = "{\"institutionId\":" + institution + ",\"occupationId\":" + occupation + ",\"level\":3,"
                + "\"subject\":\"THEORY\",\"type\":\"SINGLE_CHOICE\",\"knowledgePointId\":" + fixtures.point(institution, occupationCode)
                + ",\"source\":\"自建\","
                + "\"content\":{\"stem\":\"" + stem + "\",\"options\":" + options(options) + ",\"key\":\"" + key
                + "\",\"difficulty\":2,\"score\":0.5}}";
        String response = mvc.perform(jsonRequest(post("/api/v1/items"), writer, body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    private static String draftJson(Long itemId, long institution, String stem, String[] options, String key) {
        return "{\"itemId\":" + itemId + ",\"institutionId\":" + institution + ",\"type\":\"单选题\",\"stem\":\"" + stem
                + "\",\"options\":" + options(options) + ",\"key\":\"" + key + "\"}";
    }

    private static String options(String[] texts) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < texts.length; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"label\":\"").append((char) ('A' + i)).append("\",\"text\":\"")
                    .append(texts[i]).append("\"}");
        }
        return sb.append(']').toString();
    }

    private static MockHttpServletRequestBuilder jsonRequest(MockHttpServletRequestBuilder request, QbankUser as,
                                                             String body) {
        return request.with(user(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
