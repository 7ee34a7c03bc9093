package org.qbank.portal.pages.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.blueprint.Section;
import org.qbank.assembly.blueprint.SavedBlueprint;
import org.qbank.bank.access.Role;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.browser.SmallBank;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Opening a saved 组卷方案 in the editor and saving it: in place while unused, as a new one once papers used it. */
@PortalTest
class BlueprintEditingPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KnowledgeTreeService trees;
    @Autowired
    BlueprintService blueprints;
    @Autowired
    JdbcClient jdbc;

    long institution;
    QbankUser examAdmin;
    KnowledgeTreeView tree;
    SavedBlueprint saved;

    @BeforeEach
    void aSavedBlueprint() throws Exception {
        institution = fixtures.institution();
        examAdmin = fixtures.user(Role.EXAM_ADMIN, institution);
        tree = SmallBank.tree(trees, examAdmin.actor(), institution);
        String location = mvc.perform(form(post("/blueprints"), "电工三级理论 A 卷", "10", "10").with(csrf()).with(user(examAdmin)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        saved = blueprints.get(examAdmin.actor(), Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1")));
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder r, String name, String count, String pointsEach) {
        return r.param("name", name).param("treeId", String.valueOf(tree.id())).param("mode", "BY_TYPE")
                .param("sections[0].type", "TRUE_FALSE").param("sections[0].count", count)
                .param("sections[0].pointsEach", pointsEach).param("totalPoints", "100").param("durationMinutes", "60")
                .param("difficultyMean", "3").param("difficultyTolerance", "1").param("maxEarlierOverlap", "0.30")
                .param("lookBackMonths", "24");
    }

    private MockHttpServletRequestBuilder revise(String name, String count, String pointsEach, String updatedAt) {
        return form(post("/blueprints/" + saved.id()), name, count, pointsEach).param("updatedAt", updatedAt);
    }

    private List<Integer> counts(long id) {
        return blueprints.get(examAdmin.actor(), id).blueprint().sections().stream().map(Section::count).toList();
    }

    @Test
    void anUnusedBlueprintOpensInTheEditorAndIsChangedInPlace() throws Exception {
        mvc.perform(get("/blueprints/" + saved.id()).with(user(examAdmin)))
                .andExpect(content().string(containsString("id=\"edit-blueprint\"")))
                .andExpect(content().string(containsString("尚未用于任何试卷")));
        mvc.perform(get("/blueprints/" + saved.id() + "/edit").with(user(examAdmin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("修改组卷方案 电工三级理论 A 卷")))
                .andExpect(content().string(containsString("action=\"/blueprints/" + saved.id() + "\"")))
                .andExpect(content().string(containsString("value=\"" + saved.updatedAt() + "\"")))
                .andExpect(content().string(containsString("name=\"sections[0].count\" value=\"10\"")));

        mvc.perform(revise("电工三级理论 A 卷", "20", "5", saved.updatedAt().toString()).with(csrf()).with(user(examAdmin)))
                .andExpect(redirectedUrl("/blueprints/" + saved.id() + "?saved"));
        assertThat(counts(saved.id())).containsExactly(20);
        assertThat(blueprints.list(examAdmin.actor(), institution)).hasSize(1);

        // The editor still holding the first version is refused: someone saved in between.
        mvc.perform(revise("电工三级理论 A 卷", "25", "4", saved.updatedAt().toString()).with(csrf()).with(user(examAdmin)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("已被他人修改")));
        // Points that do not add up are named beside the field, and nothing changes.
        String current = blueprints.get(examAdmin.actor(), saved.id()).updatedAt().toString();
        mvc.perform(revise("电工三级理论 A 卷", "20", "4", current).with(csrf()).with(user(examAdmin)))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("id=\"form-errors\"")));
        assertThat(counts(saved.id())).containsExactly(20);
    }

    @Test
    void aBlueprintPapersWereDrawnUnderIsSavedAsANewOneAndStaysAsItWas() throws Exception {
        jdbc.sql("""
                INSERT INTO paper (institution_id, occupation_code, work_type, level_number, subject, blueprint_name,
                  status, fingerprint, item_count, max_earlier_overlap, look_back_months, created_at, version)
                VALUES (?, ?, '', 3, 'THEORY', ?, 'ISSUED', ?, 10, 0.30, 24, CURRENT_TIMESTAMP, 0)""")
                .params(institution, SmallBank.OCCUPATION, "电工三级理论 A 卷", String.format("%064x", System.nanoTime()))
                .update();
        mvc.perform(get("/blueprints/" + saved.id() + "/edit").with(user(examAdmin)))
                .andExpect(content().string(containsString("id=\"copy-notice\"")))
                .andExpect(content().string(containsString("value=\"电工三级理论 A 卷 (修订)\"")))
                .andExpect(content().string(containsString("另存为新方案")));
        mvc.perform(revise("电工三级理论 A 卷", "20", "5", saved.updatedAt().toString()).with(csrf()).with(user(examAdmin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("已用于 1 份试卷, 不能修改")));

        String location = mvc.perform(revise("电工三级理论 B 卷", "20", "5", saved.updatedAt().toString())
                        .with(csrf()).with(user(examAdmin)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).endsWith("?copiedFrom=" + saved.id());
        long copy = Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1"));
        assertThat(copy).isNotEqualTo(saved.id());
        assertThat(counts(copy)).containsExactly(20);
        assertThat(counts(saved.id())).containsExactly(10);
        mvc.perform(get(location).with(user(examAdmin))).andExpect(content().string(containsString("id=\"copied-notice\"")));
    }

    @Test
    void onlyExamAndInstitutionAdministratorsOfTheInstitutionEditAndOnlyWithCsrf() throws Exception {
        String at = saved.updatedAt().toString();
        mvc.perform(revise("改名", "20", "5", at).with(user(examAdmin))).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(revise("改名", "20", "5", at).with(csrf().useInvalidToken()).with(user(examAdmin)))
                .andExpect(status().isForbidden());
        for (Role role : List.of(Role.ITEM_WRITER, Role.REVIEWER, Role.INSPECTOR, Role.PLATFORM_ADMIN)) {
            QbankUser other = fixtures.user(role, institution);
            mvc.perform(get("/blueprints/" + saved.id() + "/edit").with(user(other))).andExpect(status().isForbidden());
            mvc.perform(revise("改名", "20", "5", at).with(csrf()).with(user(other))).andExpect(status().isForbidden());
        }
        QbankUser elsewhere = fixtures.user(Role.EXAM_ADMIN, fixtures.institution());
        mvc.perform(get("/blueprints/" + saved.id() + "/edit").with(user(elsewhere))).andExpect(status().isNotFound());
        mvc.perform(revise("改名", "20", "5", at).with(csrf()).with(user(elsewhere))).andExpect(status().isNotFound());
        QbankUser institutionAdmin = fixtures.user(Role.INSTITUTION_ADMIN, institution);
        mvc.perform(revise("电工三级理论 A 卷 (春)", "20", "5", at).with(csrf()).with(user(institutionAdmin)))
                .andExpect(redirectedUrl("/blueprints/" + saved.id() + "?saved"));
        assertThat(blueprints.get(examAdmin.actor(), saved.id()).blueprint().name()).isEqualTo("电工三级理论 A 卷 (春)");
    }
}
