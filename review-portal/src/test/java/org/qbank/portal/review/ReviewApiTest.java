package org.qbank.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.CreateItem;
import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.Score;
import org.qbank.bank.occupation.OccupationInfo;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class ReviewApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ItemService items;
    @Autowired
    ObjectMapper json;

    long a;
    long occupation;
    QbankUser admin;
    QbankUser leader;
    QbankUser second;
    QbankUser third;
    QbankUser outsider;
    ItemView item;

    @BeforeEach
    void roundMaterial() {
        a = fixtures.institution();
        admin = fixtures.user(Role.INSTITUTION_ADMIN, a);
        leader = fixtures.user(Role.REVIEWER, a);
        second = fixtures.user(Role.REVIEWER, a);
        third = fixtures.user(Role.REVIEWER, a);
        outsider = fixtures.user(Role.REVIEWER, a);
        OccupationInfo fresh = fixtures.occupation();
        occupation = fresh.id();
        Actor writer = fixtures.user(Role.ITEM_WRITER, a).actor();
        ItemView created = items.create(writer, new CreateItem(a, null, occupation, null, Level.THREE, Subject.THEORY,
                ItemType.SINGLE_CHOICE, fixtures.point(a, fresh.code()), null, "自建", null, ItemContent.choice("安全电压是", List.of(
                        ChoiceOption.of("A", "220 V"), ChoiceOption.of("B", "36 V"), ChoiceOption.of("C", "380 V"),
                        ChoiceOption.of("D", "110 V")), "B", Difficulty.of(2), Score.of("1")), "新建"));
        item = items.submit(writer, created.id(), 1);
    }

    @Test
    void anAdminOpensARoundAndOnlyPanelMembersSeeItsItems() throws Exception {
        long round = open();
        mvc.perform(get("/api/v1/review-rounds/" + round + "/items").with(user(second)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].item.versionId").value(item.latest().id()))
                .andExpect(jsonPath("$[0].content.stem").value("安全电压是"));
        mvc.perform(get("/api/v1/review-rounds/" + round + "/items").with(user(outsider)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("只有本轮评审专家组成员可以查看评审试题和评审意见"));
        mvc.perform(get("/api/v1/review-rounds/" + round + "/items").with(user(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/review-rounds/" + round).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.panel.length()").value(3))
                .andExpect(jsonPath("$.itemCounts.PENDING").value(1));
    }

    @Test
    void aReviewerCannotOpenARoundAndAPanelOfTwoIsA422() throws Exception {
        mvc.perform(json(post("/api/v1/review-rounds"), openBody(List.of(leader, second, third))).with(user(leader)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/review-rounds"), openBody(List.of(leader, second))).with(user(admin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.violations[0].field").value("panelUserIds"))
                .andExpect(jsonPath("$.violations[0].message").value("评审专家组须由 3 至 5 名专家组成, 当前为 2 名"));
        assertThat(items.get(admin.actor(), item.id()).latest().status()).isEqualTo(ItemStatus.SUBMITTED);
    }

    @Test
    void anotherInstitutionsRoundIsNotFound() throws Exception {
        long round = open();
        long b = fixtures.institution();
        mvc.perform(get("/api/v1/review-rounds/" + round).with(user(fixtures.user(Role.INSTITUTION_ADMIN, b))))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/review-rounds/" + round + "/items/" + item.id() + "/verdicts"), "{\"verdict\":\"PASS\"}")
                        .with(user(fixtures.user(Role.REVIEWER, b))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/review-rounds/" + round + "/sheet.docx").with(user(fixtures.user(Role.EXAM_ADMIN, b))))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheLeaderConcludesAndSignsAndTheSheetDownloads() throws Exception {
        long round = open();
        String verdicts = "/api/v1/review-rounds/" + round + "/items/" + item.id() + "/verdicts";
        mvc.perform(json(post(verdicts), "{\"verdict\":\"PASS\"}").with(user(outsider)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("你不是本轮评审专家组成员, 不能提交评审意见"));
        mvc.perform(json(post(verdicts), "{\"verdict\":\"PASS\",\"reasons\":[\"WORDING\"],\"comment\":\"清楚\"}").with(user(leader)))
                .andExpect(status().isCreated());
        mvc.perform(get(verdicts).with(user(second))).andExpect(status().isForbidden());
        for (QbankUser u : List.of(second, third)) {
            mvc.perform(json(post(verdicts), "{\"verdict\":\"PASS\"}").with(user(u))).andExpect(status().isCreated());
        }
        mvc.perform(get(verdicts).with(user(second))).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3));

        String conclusion = "/api/v1/review-rounds/" + round + "/items/" + item.id() + "/conclusion";
        mvc.perform(post(conclusion).with(user(second)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("只有评审专家组组长可以形成试题结论"));
        mvc.perform(post(conclusion).with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(post(conclusion).with(user(leader)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.conclusion").value("PASS"));
        assertThat(items.get(admin.actor(), item.id()).current().status()).isEqualTo(ItemStatus.APPROVED);

        String sign = "/api/v1/review-rounds/" + round + "/levels/3/sign-off";
        mvc.perform(json(post(sign), "{\"opinion\":\"同意\"}").with(user(second))).andExpect(status().isForbidden());
        mvc.perform(json(post(sign), "{\"opinion\":\"同意入库\"}").with(user(leader)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.digest").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")));
        mvc.perform(json(post(sign), "{\"opinion\":\"再签\"}").with(user(leader)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("already-signed"));
        mvc.perform(json(post("/api/v1/review-rounds/" + round + "/close"), "{\"conclusion\":\"同意入库\"}").with(user(leader)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"));
        mvc.perform(get("/api/v1/review-rounds/" + round + "/verification").with(user(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true));

        byte[] docx = mvc.perform(get("/api/v1/review-rounds/" + round + "/sheet.docx").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".docx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables().get(0).getRow(9).getCell(1).getText()).isEqualTo("同意入库");
        }
        byte[] note = mvc.perform(json(post("/api/v1/review-rounds/" + round + "/compilation-note.docx"),
                        "{\"basis\":\"国家职业技能标准\",\"usagePeriod\":\"三年\",\"updateFrequency\":\"每年\",\"projectLead\":\"赵六\","
                                + "\"structures\":[{\"level\":3,\"subject\":\"THEORY\",\"composition\":\"单选 100 题\",\"durationMinutes\":90}]}")
                        .with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(note))) {
            assertThat(doc.getTables().get(0).getRow(1).getCell(2).getText()).isEqualTo("1题");
            assertThat(doc.getTables().get(2).getRows()).hasSize(1 + 1 + 3 + 1);
        }
        mvc.perform(json(post("/api/v1/review-rounds/" + round + "/compilation-note.docx"), "{}").with(user(leader)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theResourceTableDownloadsForAdministratorsOnly() throws Exception {
        long round = open();
        mvc.perform(post("/api/v1/review-rounds/" + round + "/items/" + item.id() + "/conclusion").with(user(leader)))
                .andExpect(status().isUnprocessableEntity());
        byte[] xlsx = mvc.perform(get("/api/v1/institutions/" + a + "/filing/resource-info.xlsx").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet("试题资源基本信息").getLastRowNum()).isZero();
        }
        mvc.perform(get("/api/v1/institutions/" + a + "/filing/resource-info.xlsx").with(user(leader)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPaperReviewIsRecordedAsAnImportedRound() throws Exception {
        items.approve(admin.actor(), new org.qbank.bank.item.ReviewDecision(item.id(), 1, null));
        String body = "{\"institutionId\":" + a + ",\"occupationId\":" + occupation + ",\"experts\":[\"甲\",\"乙\",\"丙\"],"
                + "\"date\":\"2025-06-30\",\"versionIds\":[" + item.latest().id() + "]}";
        mvc.perform(json(post("/api/v1/review-rounds/imported"), body).with(user(admin)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(true))
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.panel[0].name").value("甲"));
    }

    private long open() throws Exception {
        String response = mvc.perform(json(post("/api/v1/review-rounds"), openBody(List.of(leader, second, third))).with(user(admin)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        JsonNode node = json.readTree(response);
        return node.get("id").asLong();
    }

    private String openBody(List<QbankUser> panel) {
        return "{\"institutionId\":" + a + ",\"occupationId\":" + occupation + ",\"levels\":[3],\"subjects\":[\"THEORY\"],"
                + "\"place\":\"会议室\",\"versionIds\":[" + item.latest().id() + "],\"panelUserIds\":["
                + String.join(",", panel.stream().map(u -> String.valueOf(u.actor().userId())).toList()) + "],\"leaderUserId\":"
                + panel.get(0).actor().userId() + "}";
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
