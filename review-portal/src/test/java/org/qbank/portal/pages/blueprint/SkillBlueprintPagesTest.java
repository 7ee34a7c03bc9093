package org.qbank.portal.pages.blueprint;

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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.blueprint.SkillBlueprintService;
import org.qbank.assembly.blueprint.SavedSkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.paper.NewPaper;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.skill.SkillAssembler;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.knowledge.KnowledgeTreeView;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.SkillBank;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 操作技能组卷方案 pages on the real database: the editor offers the skill 细目表's own modules, saves through
 * paper-assembly's rules with each refusal beside its module, shows the counting check with its Chinese reasons,
 * and keeps a blueprint a paper was drawn under by saving its edit as a new one.
 */
@PortalTest
class SkillBlueprintPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KnowledgeTreeService trees;
    @Autowired
    ItemService items;
    @Autowired
    OccupationService occupations;
    @Autowired
    SkillBlueprintService blueprints;
    @Autowired
    BankInputs inputs;
    @Autowired
    PaperService papers;

    long institution;
    QbankUser examAdmin;
    KnowledgeTreeView tree;

    @BeforeEach
    void aSkillTreeWithApprovedTasks() {
        institution = fixtures.institution();
        examAdmin = fixtures.user(Role.EXAM_ADMIN, institution);
        tree = SkillBank.electrical(trees, items, examAdmin.actor(), institution,
                occupations.get(fixtures.occupation().id()));
    }

    /** A: 必考 60 min; B and C: 选考 45 min; choose {@code k}; {@code overrides}: field, value, … posted instead. */
    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder r, String name, String roleC, String k,
                                               String duration, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("treeId", String.valueOf(tree.id()));
        fields.put("modules[0].code", "A");
        fields.put("modules[0].role", "REQUIRED");
        fields.put("modules[0].minutes", "60");
        fields.put("modules[1].code", "B");
        fields.put("modules[1].role", "ELECTIVE");
        fields.put("modules[1].minutes", "45");
        fields.put("modules[2].code", "C");
        fields.put("modules[2].role", roleC);
        fields.put("modules[2].minutes", "45");
        fields.put("chooseElective", k);
        fields.put("durationMinutes", duration);
        fields.put("totalScore", "100");
        fields.put("maxEarlierOverlap", "0.50");
        fields.put("lookBackMonths", "24");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach(r::param);
        return r;
    }

    private long saved(String name) throws Exception {
        String location = mvc.perform(form(post("/skill-blueprints"), name, "ELECTIVE", "1", "120")
                        .with(csrf()).with(user(examAdmin)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/skill-blueprints/\\d+\\?saved");
        return Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1"));
    }

    @Test
    void theEditorOffersTheModulesOfTheSkillTreeAndSavesABlueprintTheDrawPageOffers() throws Exception {
        fixtures.point(institution, tree.occupationCode(), Level.THREE, Subject.THEORY);
        long theoryTree = trees.list(examAdmin.actor(), institution).stream()
                .filter(t -> t.subject() == Subject.THEORY).findFirst().orElseThrow().id();
        mvc.perform(get("/blueprints").with(user(examAdmin)))
                .andExpect(content().string(containsString("href=\"/skill-blueprints\"")));
        mvc.perform(get("/skill-blueprints/new").with(user(examAdmin))).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("<option value=\"" + tree.id() + "\"")))
                .andExpect(content().string(not(containsString("<option value=\"" + theoryTree + "\""))));
        mvc.perform(get("/skill-blueprints/new").param("treeId", String.valueOf(theoryTree)).with(user(examAdmin)))
                .andExpect(content().string(containsString("不是操作技能细目表")));
        mvc.perform(get("/skill-blueprints/new").param("treeId", String.valueOf(tree.id())).with(user(examAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"modules[0].code\" value=\"A\"")))
                .andExpect(content().string(containsString("电气控制线路安装")))
                .andExpect(content().string(containsString("name=\"modules[2].code\" value=\"C\"")))
                .andExpect(content().string(not(containsString("value=\"A-001\""))));

        long id = saved("电工三级操作技能 A 卷");
        SavedSkillBlueprint read = blueprints.getSkill(examAdmin.actor(), id);
        assertThat(read.blueprint().modules()).containsExactly(new SkillModule("A", "电气控制线路安装", true, 60),
                new SkillModule("B", "照明线路安装", false, 45), new SkillModule("C", "配电装置检修", false, 45));
        assertThat(read.blueprint().occupationCode()).isEqualTo(tree.occupationCode());
        assertThat(read.blueprint().exposure().maxEarlierOverlap()).isEqualByComparingTo("0.50");

        // 配分: A keeps 40; the 选考 group's 60 goes to whichever of B, C is drawn; B's tasks are in 互斥组 G1
        String page = mvc.perform(get("/skill-blueprints/" + id).param("saved", "").with(user(examAdmin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("操作技能组卷方案已保存")))
                .andExpect(content().string(containsString("题库数量足够 (<span>5</span> 道已审定操作技能试题可用)")))
                .andReturn().getResponse().getContentAsString().replaceAll(">\\s+<", "><");
        assertThat(page).contains("<td>A</td><td>电气控制线路安装</td>", "<td>必考</td><td>60 分钟</td><td>40</td><td>40</td>",
                "<td>选考</td><td>45 分钟</td><td>30</td><td>60</td>",
                "G1 (2 道)", "2 道, 最短 50 分钟");
        mvc.perform(get("/skill-blueprints").with(user(examAdmin)))
                .andExpect(content().string(containsString("电工三级操作技能 A 卷")))
                .andExpect(content().string(containsString("必考 1 个, 选考 1/2 个")));
        mvc.perform(get("/draw").param("skillBlueprintId", String.valueOf(id)).with(user(examAdmin)))
                .andExpect(content().string(containsString("<option value=\"" + id + "\" selected=\"selected\">电工三级操作技能 A 卷")));
    }

    @Test
    void aRefusedBlueprintShowsEachProblemBesideItsModuleAndStoresNothing() throws Exception {
        // C left out: the weights of the modules add up to 70
        mvc.perform(form(post("/skill-blueprints"), "缺模块", "NONE", "1", "120").with(csrf()).with(user(examAdmin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"modules-error\">各模块鉴定比重合计 70, 应为 100 "
                        + "(必考 A 电气控制线路安装 40; 选考 B 照明线路安装 30)")))
                .andExpect(content().string(containsString("value=\"缺模块\"")));
        mvc.perform(form(post("/skill-blueprints"), "零分钟", "ELECTIVE", "1", "120", "modules[1].minutes", "0")
                        .with(csrf()).with(user(examAdmin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"module-error-B\">模块 B 的考核时间须大于 0 分钟, 现为 0")));
        mvc.perform(form(post("/skill-blueprints"), "不是数字", "ELECTIVE", "1", "120", "modules[0].minutes", "一小时")
                        .with(csrf()).with(user(examAdmin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"module-error-A\">模块 A 的考核时间应为整数: 一小时")));
        // a code that is no 鉴定范围 of the tree (the form only offers the tree's, so this is a forged post)
        mvc.perform(form(post("/skill-blueprints"), "伪造", "ELECTIVE", "1", "120", "modules[2].code", "A-001")
                        .with(csrf()).with(user(examAdmin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"module-error-A-001\">细目表中没有鉴定范围 A-001")));
        mvc.perform(form(post("/skill-blueprints"), "太短", "ELECTIVE", "1", "90").with(csrf()).with(user(examAdmin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("必考与选考模块最长合计 105 分钟, 超过考试时长 90 分钟")));
        assertThat(blueprints.listSkill(examAdmin.actor(), institution)).isEmpty();
    }

    @Test
    void theCheckShowsTheBanksShortfallInChineseWithoutSaving() throws Exception {
        // both 选考 modules' tasks lie in 互斥组 G1: a paper can hold only one of them
        mvc.perform(form(post("/skill-blueprints/check"), "两个选考", "ELECTIVE", "2", "200").with(csrf()).with(user(examAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("选考模块需选 2 个, 互斥题不同卷允许的只有 1 个 "
                        + "(B 照明线路安装、C 配电装置检修 的可用试题都属于互斥组 G1, 同一试卷只能有其中一道)")))
                .andExpect(content().string(containsString("可用试题 2 道, 最短 40 分钟, 互斥组 G1 2 道")));
        mvc.perform(form(post("/skill-blueprints/check"), "一个选考", "ELECTIVE", "1", "120").with(csrf()).with(user(examAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"check-ok\"")));
        assertThat(blueprints.listSkill(examAdmin.actor(), institution)).isEmpty();
    }

    @Test
    void anUnusedBlueprintIsChangedInPlaceAndOneAPaperUsedIsSavedAsANewOne() throws Exception {
        long id = saved("电工三级操作技能 B 卷");
        SavedSkillBlueprint before = blueprints.getSkill(examAdmin.actor(), id);
        mvc.perform(get("/skill-blueprints/" + id + "/edit").with(user(examAdmin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/skill-blueprints/" + id + "\"")))
                .andExpect(content().string(containsString("value=\"" + before.updatedAt() + "\"")))
                .andExpect(content().string(not(containsString("id=\"copy-notice\""))));
        mvc.perform(form(post("/skill-blueprints/" + id), "电工三级操作技能 B 卷", "ELECTIVE", "1", "150")
                        .param("updatedAt", before.updatedAt().toString()).with(csrf()).with(user(examAdmin)))
                .andExpect(redirectedUrl("/skill-blueprints/" + id + "?saved"));
        assertThat(blueprints.getSkill(examAdmin.actor(), id).blueprint().durationMinutes()).isEqualTo(150);
        mvc.perform(form(post("/skill-blueprints/" + id), "电工三级操作技能 B 卷", "ELECTIVE", "1", "160")
                        .param("updatedAt", before.updatedAt().toString()).with(csrf()).with(user(examAdmin)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("已被他人修改")));

        // a real solve kept as a draft under the blueprint's name
        SavedSkillBlueprint current = blueprints.getSkill(examAdmin.actor(), id);
        AssemblyOutcome outcome = SkillAssembler.assemble(inputs.skillRequest(examAdmin.actor(), institution,
                current.blueprint(), 3L), AssemblyOptions.firstFeasible(Duration.ofSeconds(20)));
        assertThat(outcome.papers()).hasSize(1);
        papers.saveDraft(examAdmin.actor(), NewPaper.ofSkill(institution, current.blueprint(), outcome.papers().get(0)));

        mvc.perform(get("/skill-blueprints/" + id + "/edit").with(user(examAdmin)))
                .andExpect(content().string(containsString("id=\"copy-notice\"")))
                .andExpect(content().string(containsString("value=\"电工三级操作技能 B 卷 (修订)\"")))
                .andExpect(content().string(containsString("另存为新方案")));
        mvc.perform(form(post("/skill-blueprints/" + id), "电工三级操作技能 B 卷", "ELECTIVE", "1", "170")
                        .param("updatedAt", current.updatedAt().toString()).with(csrf()).with(user(examAdmin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("已用于 1 份试卷, 不能修改")));
        String location = mvc.perform(form(post("/skill-blueprints/" + id), "电工三级操作技能 B 卷 (修订)", "ELECTIVE", "1", "170")
                        .param("updatedAt", current.updatedAt().toString()).with(csrf()).with(user(examAdmin)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).endsWith("?copiedFrom=" + id);
        assertThat(blueprints.getSkill(examAdmin.actor(), id).blueprint().durationMinutes()).isEqualTo(150);
        assertThat(blueprints.listSkill(examAdmin.actor(), institution)).extracting(s -> s.blueprint().name())
                .containsExactlyInAnyOrder("电工三级操作技能 B 卷", "电工三级操作技能 B 卷 (修订)");
        mvc.perform(get(location).with(user(examAdmin)))
                .andExpect(content().string(containsString("id=\"copied-notice\"")));
    }

    @Test
    void onlyExamAndInstitutionAdministratorsUseThePagesAndEveryPostNeedsItsToken() throws Exception {
        QbankUser writer = fixtures.user(Role.ITEM_WRITER, institution);
        mvc.perform(get("/skill-blueprints").with(user(writer))).andExpect(status().isForbidden());
        mvc.perform(get("/skill-blueprints/new").with(user(writer))).andExpect(status().isForbidden());
        mvc.perform(form(post("/skill-blueprints"), "无权", "ELECTIVE", "1", "120").with(csrf()).with(user(writer)))
                .andExpect(status().isForbidden());
        mvc.perform(form(post("/skill-blueprints"), "无令牌", "ELECTIVE", "1", "120").with(csrf().useInvalidToken()).with(user(examAdmin)))
                .andExpect(status().isForbidden());
        QbankUser institutionAdmin = fixtures.user(Role.INSTITUTION_ADMIN, institution);
        mvc.perform(get("/skill-blueprints").with(user(institutionAdmin))).andExpect(status().isOk());
        long other = fixtures.institution();
        QbankUser stranger = fixtures.user(Role.EXAM_ADMIN, other);
        long id = saved("本机构方案");
        // another institution's blueprint is not there for them
        mvc.perform(get("/skill-blueprints/" + id).with(user(stranger))).andExpect(status().isNotFound());
        assertThat(blueprints.listSkill(examAdmin.actor(), institution)).extracting(s -> s.blueprint().name())
                .containsExactly("本机构方案");
    }
}
