package org.qbank.portal.pages.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.review.OpenRound;
import org.qbank.bank.review.ReviewRoundService;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class ReviewPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ItemService items;
    @Autowired
    ReviewRoundService rounds;

    long institution;
    QbankUser admin;
    QbankUser leader;
    QbankUser second;
    QbankUser third;
    QbankUser outsider;
    KnowledgeTreeView tree;
    List<ItemView> submitted;
    long round;

    @BeforeEach
    void anOpenRound() {
        institution = fixtures.institution();
        admin = fixtures.user(Role.EXAM_ADMIN, institution);
        QbankUser writer = fixtures.user(Role.ITEM_WRITER, institution);
        leader = fixtures.user(Role.REVIEWER, institution);
        second = fixtures.user(Role.REVIEWER, institution);
        third = fixtures.user(Role.REVIEWER, institution);
        outsider = fixtures.user(Role.REVIEWER, institution);
        tree = fixtures.smallBank(admin.actor(), institution);
        submitted = fixtures.submittedItems(tree, writer.actor(), "带电作业前首先应当做什么?", "发现有人触电, 第一步应当怎样处理?");
        round = rounds.open(admin.actor(), new OpenRound(institution, submitted.get(0).occupationId(), null, Set.of(Level.THREE),
                Set.of(Subject.THEORY), "第二会议室", submitted.stream().map(i -> i.latest().id()).toList(),
                List.of(leader.actor().userId(), second.actor().userId(), third.actor().userId()),
                leader.actor().userId())).id();
    }

    private String itemPage(int n) {
        return "/reviews/" + round + "/items/" + submitted.get(n).id();
    }

    private MockHttpServletRequestBuilder verdict(int n, String verdict, String comment) {
        return post(itemPage(n) + "/verdict").param("verdict", verdict).param("reasons", "WORDING")
                .param("comment", comment).with(csrf());
    }

    @Test
    void onlyReviewersReachTheReviewPagesAndOnlyPanelMembersSeeTheRound() throws Exception {
        mvc.perform(get("/reviews").with(user(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第二会议室")))
                .andExpect(content().string(containsString("组长视图")));
        mvc.perform(get("/reviews").with(user(second))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第二会议室")))
                .andExpect(content().string(not(containsString("组长视图"))));
        mvc.perform(get("/reviews").with(user(outsider))).andExpect(status().isOk())
                .andExpect(content().string(containsString("目前没有需要您参加的评审")));
        for (Role role : List.of(Role.ITEM_WRITER, Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN, Role.INSPECTOR, Role.PLATFORM_ADMIN)) {
            QbankUser other = fixtures.user(role, institution);
            mvc.perform(get("/reviews").with(user(other))).andExpect(status().isForbidden());
            mvc.perform(get(itemPage(0)).with(user(other))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/reviews/" + round).with(user(outsider))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("只有本轮评审专家组成员和机构管理人员可以查看评审轮次")));
        mvc.perform(get(itemPage(0)).with(user(outsider))).andExpect(status().isForbidden());
        QbankUser elsewhere = fixtures.user(Role.REVIEWER, fixtures.institution());
        mvc.perform(get("/reviews/" + round).with(user(elsewhere))).andExpect(status().isNotFound());
        mvc.perform(get(itemPage(0)).with(user(second))).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("带电作业前首先应当做什么?")))
                .andExpect(content().string(containsString("data-key=\"1\"")));
    }

    @Test
    void aVerdictNeedsTheCsrfTokenAndAChoiceAndMovesOnToTheNextItem() throws Exception {
        mvc.perform(post(itemPage(0) + "/verdict").param("verdict", "PASS").with(csrf().useInvalidToken())
                .with(user(second))).andExpect(status().isForbidden());
        mvc.perform(post(itemPage(0) + "/verdict").param("verdict", "PASS").with(user(second)))
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get(itemPage(0)).with(user(second))).andExpect(content().string(containsString("id=\"verdict-form\"")));
        mvc.perform(post(itemPage(0) + "/verdict").with(csrf()).with(user(second)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("须选择评审结论")));
        mvc.perform(verdict(0, "PASS", "表述清楚").with(user(second)))
                .andExpect(redirectedUrl(itemPage(1) + "?saved=" + submitted.get(0).id()));
        mvc.perform(verdict(0, "FAIL", "再投一次").with(user(second)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("不能重复提交")));
        mvc.perform(verdict(1, "PASS", "可以").with(user(second)))
                .andExpect(redirectedUrl("/reviews/" + round + "?done"));
        mvc.perform(verdict(0, "PASS", "").with(user(outsider))).andExpect(status().isForbidden());
    }

    @Test
    void anExpertSeesOnlyTheirOwnVerdictUntilTheLeaderConcludes() throws Exception {
        mvc.perform(verdict(0, "PASS_AFTER_REVISION", "选项B的表述需要调整").with(user(third)));
        mvc.perform(verdict(0, "PASS", "同意").with(user(second)));
        mvc.perform(get(itemPage(0)).with(user(second))).andExpect(status().isOk())
                .andExpect(content().string(containsString("同意")))
                .andExpect(content().string(not(containsString("选项B的表述需要调整"))));
        mvc.perform(get("/reviews/" + round + "/lead").with(user(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("请先提交您对本题的意见")))
                .andExpect(content().string(not(containsString("选项B的表述需要调整"))));

        mvc.perform(verdict(0, "PASS", "通过").with(user(leader)));
        mvc.perform(get("/reviews/" + round + "/lead").with(user(leader)))
                .andExpect(content().string(containsString("选项B的表述需要调整")))
                .andExpect(content().string(containsString("按多数意见形成结论")));
        mvc.perform(post("/reviews/" + round + "/items/" + submitted.get(0).id() + "/conclusion").with(csrf())
                .with(user(leader))).andExpect(status().is3xxRedirection());
        mvc.perform(get(itemPage(0)).with(user(second)))
                .andExpect(content().string(containsString("选项B的表述需要调整")));
    }

    @Test
    void onlyTheLeaderUsesTheLeadersViewAndATieNeedsAChoiceAndANote() throws Exception {
        mvc.perform(get("/reviews/" + round + "/lead").with(user(second))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("只有评审专家组组长可以使用组长视图")));
        mvc.perform(verdict(0, "PASS", "a").with(user(leader)));
        mvc.perform(verdict(0, "FAIL", "b").with(user(second)));
        mvc.perform(verdict(0, "PASS_AFTER_REVISION", "c").with(user(third)));
        String conclude = "/reviews/" + round + "/items/" + submitted.get(0).id() + "/conclusion";
        mvc.perform(post(conclude).with(csrf()).with(user(second))).andExpect(status().isForbidden());
        mvc.perform(get("/reviews/" + round + "/lead").with(user(leader)))
                .andExpect(content().string(containsString("票数相同, 请选择结论")))
                .andExpect(content().string(containsString("裁决理由 (必填)")));
        mvc.perform(post(conclude).param("verdict", "PASS_AFTER_REVISION").with(csrf()).with(user(leader)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("票数相同时组长裁决须写明理由")));
        assertThat(items.get(admin.actor(), submitted.get(0).id()).latest().status()).isEqualTo(ItemStatus.SUBMITTED);
        mvc.perform(post(conclude).param("verdict", "PASS_AFTER_REVISION").param("note", "选项需修改后再用")
                .with(csrf()).with(user(leader))).andExpect(status().is3xxRedirection());
        assertThat(items.get(admin.actor(), submitted.get(0).id()).latest().status()).isEqualTo(ItemStatus.REVISE);
    }

    @Test
    void theLeaderSignsEachLevelClosesTheRoundAndDownloadsTheSheet() throws Exception {
        for (QbankUser u : List.of(leader, second, third)) {
            mvc.perform(verdict(0, "PASS", "好").with(user(u)));
            mvc.perform(verdict(1, "FAIL", "与鉴定点不符").with(user(u)));
        }
        String sign = "/reviews/" + round + "/levels/3/sign-off";
        mvc.perform(post(sign).param("opinion", "同意入库").with(csrf()).with(user(leader)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("未形成最终结论")));
        for (ItemView i : submitted) {
            mvc.perform(post("/reviews/" + round + "/items/" + i.id() + "/conclusion").with(csrf()).with(user(leader)))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post(sign).param("opinion", "同意入库").with(csrf()).with(user(second))).andExpect(status().isForbidden());
        mvc.perform(post(sign).param("opinion", "同意入库").with(csrf()).with(user(leader)))
                .andExpect(redirectedUrl("/reviews/" + round + "/lead#level-3"));
        mvc.perform(post(sign).param("opinion", "再签").with(csrf()).with(user(leader)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("不能再次签署")));
        mvc.perform(post("/reviews/" + round + "/close").param("conclusion", "同意本轮试题入库").with(csrf()).with(user(leader)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/reviews/" + round + "/lead").with(user(leader)))
                .andExpect(content().string(containsString("已结束")))
                .andExpect(content().string(containsString("同意本轮试题入库")));

        byte[] docx = mvc.perform(get("/reviews/" + round + "/sheet.docx").with(user(second)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables().get(0).getRow(9).getCell(1).getText()).isEqualTo("同意入库");
        }
        mvc.perform(get("/reviews/" + round + "/sheet.docx").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/reviews/" + round + "/sheet.docx").with(user(outsider))).andExpect(status().isForbidden());
        mvc.perform(get("/reviews/" + round + "/sheet.docx").with(user(fixtures.user(Role.ITEM_WRITER, institution))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theReviewPageShowsTheBanksNearDuplicatesOfTheItem() throws Exception {
        QbankUser writer = fixtures.user(Role.ITEM_WRITER, institution);
        ItemView copy = fixtures.submittedItems(tree, writer.actor(), "带电作业前首先应当做什么?").get(0);
        mvc.perform(get(itemPage(0)).with(user(second))).andExpect(status().isOk())
                .andExpect(content().string(containsString("疑似重复")))
                .andExpect(content().string(containsString(copy.code().value())))
                .andExpect(content().string(containsString("/items/" + copy.id() + "/manage")))
                .andExpect(content().string(containsString("同一鉴定点的相近试题")));

        // the reviewer marks the pair beside the item and comes back to it: 互斥 keeps it listed with its mark,
        // 不是重复题 takes it off
        mvc.perform(post("/duplicates/marks").param("items", String.valueOf(submitted.get(0).id()), String.valueOf(copy.id()))
                        .param("groupKind", "DUPLICATE").param("markKind", "ENEMIES").param("back", itemPage(0))
                        .with(csrf()).with(user(second)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(itemPage(0)));
        mvc.perform(get(itemPage(0)).with(user(second)))
                .andExpect(content().string(containsString("已标记互斥")))
                .andExpect(content().string(not(containsString("id=\"enemies-" + copy.id() + "\""))));
        mvc.perform(post("/duplicates/marks").param("items", String.valueOf(submitted.get(0).id()), String.valueOf(copy.id()))
                        .param("groupKind", "DUPLICATE").param("markKind", "NOT_DUPLICATE").param("back", "//elsewhere.example")
                        .with(csrf()).with(user(second)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/duplicates?run=1"));
        mvc.perform(get(itemPage(0)).with(user(second)))
                .andExpect(content().string(not(containsString("id=\"duplicate-" + copy.id() + "\""))));
    }
}
