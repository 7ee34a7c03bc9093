package org.qbank.portal.pages;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.browser.SmallBank;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class PortalPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    long institution;
    KnowledgeTreeView tree;
    QbankUser writer;
    QbankUser examAdmin;

    @BeforeEach
    void anInstitutionWithATree() {
        institution = fixtures.institution();
        writer = fixtures.user(Role.ITEM_WRITER, institution);
        examAdmin = fixtures.user(Role.EXAM_ADMIN, institution);
        tree = fixtures.smallBank(examAdmin.actor(), institution);
    }

    private long point() {
        return tree.points().get(0).point().id();
    }

    @Test
    void eachRoleReachesOnlyItsPages() throws Exception {
        mvc.perform(get("/items").with(user(writer))).andExpect(status().isOk());
        mvc.perform(get("/blueprints").with(user(writer))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").with(user(writer))).andExpect(status().isForbidden());
        QbankUser inspector = fixtures.user(Role.INSPECTOR, institution);
        mvc.perform(get("/items").with(user(inspector))).andExpect(status().isForbidden());
        mvc.perform(get("/papers/1").with(user(inspector))).andExpect(status().isForbidden());
        mvc.perform(get("/inspection").with(user(inspector))).andExpect(status().isOk())
                .andExpect(content().string(containsString("没有重复使用的试卷")));
        mvc.perform(get("/inspection").with(user(writer))).andExpect(status().isForbidden());
    }

    @Test
    void theInspectorDownloadsTheComplianceWorkbookButNeverPaperContent() throws Exception {
        QbankUser inspector = fixtures.user(Role.INSPECTOR, institution);
        mvc.perform(get("/inspection/report.xlsx").with(user(inspector))
                        .param("from", "2026-01-01").param("to", "2026-12-31"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/papers/1").with(user(inspector))).andExpect(status().isForbidden());
        mvc.perform(get("/papers/1/word").with(user(inspector))).andExpect(status().isForbidden());
        mvc.perform(post("/papers/1/issue").with(user(inspector)).with(csrf()).param("sessionId", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/inspection/report.xlsx").with(user(examAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/batches/1/archive.zip").with(user(inspector))).andExpect(status().isForbidden());
    }

    @Test
    void theEditorShowsEachBrokenRuleBesideItsFieldAndStoresNothing() throws Exception {
        mvc.perform(post("/items").with(user(writer)).with(csrf())
                        .param("treeId", String.valueOf(tree.id())).param("type", "SINGLE_CHOICE")
                        .param("knowledgePointId", String.valueOf(point()))
                        .param("options[0].label", "A").param("options[0].text", "甲")
                        .param("options[1].label", "B").param("options[1].text", "乙"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("题干不能为空")))
                .andExpect(content().string(containsString("单选题必须有答案")))
                .andExpect(content().string(containsString("甲")));
        mvc.perform(get("/items").with(user(writer))).andExpect(content().string(containsString("没有符合条件的试题")));
    }

    @Test
    void aStaleEditShowsTheConflictAndKeepsWhatWasTyped() throws Exception {
        ItemView item = fixtures.draft(writer.actor(), tree, point(), ItemType.SINGLE_CHOICE,
                ItemContent.choice("原题干", List.of(ChoiceOption.of("A", "甲"), ChoiceOption.of("B", "乙")), "A",
                        Difficulty.of(3), null));
        mvc.perform(post("/items/" + item.id()).with(user(writer)).with(csrf())
                        .param("treeId", String.valueOf(tree.id())).param("lockVersion", String.valueOf(item.lockVersion() + 5))
                        .param("stem", "我改过的题干")
                        .param("options[0].label", "A").param("options[0].text", "甲")
                        .param("options[1].label", "B").param("options[1].text", "乙").param("keys", "B"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人修改")))
                .andExpect(content().string(containsString("我改过的题干")));
        mvc.perform(get("/items/" + item.id()).with(user(writer)))
                .andExpect(header().string("Cache-Control", "no-store, private"))
                .andExpect(content().string(containsString("原题干")))
                .andExpect(content().string(not(containsString("我改过的题干"))));
    }

    @Test
    void theLiveCheckNeedsTheCsrfTokenAndReportsShortfalls() throws Exception {
        // Without the token the request never reaches the check (the page chain sends it back to the login page).
        mvc.perform(post("/blueprints/check").with(user(examAdmin)).param("treeId", String.valueOf(tree.id())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/blueprints/check").with(user(examAdmin)).with(csrf().useInvalidToken())
                        .param("treeId", String.valueOf(tree.id())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/blueprints/check").with(user(examAdmin)).with(csrf())
                        .param("name", "检查").param("treeId", String.valueOf(tree.id()))
                        .param("sections[0].type", "SINGLE_CHOICE").param("sections[0].count", "5")
                        .param("sections[0].pointsEach", "20").param("totalPoints", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(false))
                .andExpect(jsonPath("$.shortfalls[0].message", containsString("可用的已审定试题只有 0 题")));
        mvc.perform(post("/blueprints/check").with(user(examAdmin)).with(csrf())
                        .param("treeId", String.valueOf(tree.id())).param("sections[0].type", "SINGLE_CHOICE")
                        .param("sections[0].count", "5").param("sections[0].pointsEach", "20").param("totalPoints", "90"))
                .andExpect(jsonPath("$.problems[0].field").value("totalPoints"));
    }

    @Test
    void thePlanEditorShowsTheStandardsFindingsBesideTheSession() throws Exception {
        String page = mvc.perform(post("/batches").with(user(examAdmin)).with(csrf()).param("code", "B" + Fixtures.unique())
                        .param("occupation", SmallBank.OCCUPATION + "|").param("levels", "THREE").param("subjects", "THEORY"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(page + "/sessions").with(user(examAdmin)).with(csrf()).param("code", "T1")
                        .param("startsAt", "2026-12-18T09:00").param("durationMinutes", "90").param("room", "101")
                        .param("candidates", "40").param("level", "THREE").param("subject", "THEORY"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(user(examAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("row-invalid")))
                .andExpect(content().string(containsString("监考人数")))
                .andExpect(content().string(containsString("督导员")));
        mvc.perform(post(page + "/sessions").with(user(examAdmin)).with(csrf()).param("code", "T2")
                        .param("durationMinutes", "0").param("room", "102").param("candidates", "20")
                        .param("level", "THREE").param("subject", "THEORY"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("场次开始时间不能为空")))
                .andExpect(content().string(containsString("考试时长须大于 0 分钟")));
    }
}
