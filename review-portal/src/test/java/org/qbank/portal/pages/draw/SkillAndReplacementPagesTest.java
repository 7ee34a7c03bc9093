package org.qbank.portal.pages.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.bank.BankTree;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.blueprint.SkillBlueprintService;
import org.qbank.assembly.blueprint.Distribution;
import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.bank.item.ItemType;
import org.qbank.assembly.blueprint.Section;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.paper.PaperStatus;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.institution.InstitutionService;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemTestData;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.ReviewDecision;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.ExamPlanService;
import org.qbank.bank.plan.PlanFilingService;
import org.qbank.portal.Fixtures;
import org.qbank.portal.SkillBank;
import org.qbank.portal.paper.SessionsInTwoHours;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The pages for skill papers, batch forms with 备用卷, and void and replacement: who may use them, a skill paper
 * drawn for a skill session as a job with its tasks and documents, a batch form whose spare replaces a voided paper,
 * and the refusals shown beside the action. Runs in the demo profile's context (late plans accepted with a reason,
 * so sessions two hours ahead are approved and drawn now) on an institution of its own.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:qbank_demo;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@Import(Fixtures.class)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class SkillAndReplacementPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    InstitutionService institutions;
    @Autowired
    OccupationService occupations;
    @Autowired
    KnowledgeTreeService trees;
    @Autowired
    ItemService items;
    @Autowired
    BatchService batches;
    @Autowired
    ExamPlanService plans;
    @Autowired
    PlanFilingService filing;
    @Autowired
    BlueprintService blueprints;
    @Autowired
    SkillBlueprintService skillBlueprints;
    @Autowired
    BankInputs inputs;
    @Autowired
    PaperService papers;
    @Autowired
    Clock clock;

    SessionsInTwoHours exams;
    long institution;
    Occupation occupation;
    Actor exam;

    @BeforeEach
    void anInstitutionWithTheoryItemsAndASkillBank() {
        exams = new SessionsInTwoHours(institutions, occupations, batches, plans, filing, clock);
        institution = exams.institution();
        occupation = exams.occupation("焊工 (页面测试)");
        exam = new Actor(9201, "pages-exam", Set.of(Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN), Set.of(institution));
        Actor writer = ItemTestData.actor(institution, Role.ITEM_WRITER);
        Actor reviewer = ItemTestData.actor(institution, Role.REVIEWER);
        long theoryPoint = fixtures.point(institution, occupation.getCode().value());
        for (int i = 1; i <= 15; i++) {
            ItemView v = items.create(writer, ItemTestData.single(institution, occupation, "页面测试试题 " + i, theoryPoint));
            items.submit(writer, v.id(), 1);
            items.approve(reviewer, new ReviewDecision(v.id(), 1, "通过"));
        }
        SkillBank.welding(trees, items, exam, institution, occupation);
    }

    /** Three 必考 modules; no task may be shared with an earlier paper, so two papers use up the bank. */
    private long skillBlueprint() {
        SkillBlueprint b = new SkillBlueprint("焊工三级操作技能 (页面)", occupation.getCode().value(), null, Level.THREE,
                List.of(new SkillModule("A", "焊前准备", true, 30), new SkillModule("B", "板对接焊", true, 40),
                        new SkillModule("C", "焊后检查", true, 30)), 0, 120,
                new ExposurePolicy(BigDecimal.ZERO, 24, new BigDecimal("0.10"), 0, true));
        return skillBlueprints.saveSkill(exam, institution, b, inputs.skillTree(exam, institution, b)
                .map(BankTree::tree).orElseThrow()).id();
    }

    private long theoryBlueprint() {
        Blueprint b = new Blueprint("焊工三级理论 (页面)", occupation.getCode().value(), null, Level.THREE, Subject.THEORY,
                List.of(new Section(ItemType.SINGLE_CHOICE, 5, new BigDecimal("20"))), BigDecimal.valueOf(100), 90,
                Distribution.byType(), null, ExposurePolicy.defaults(), List.of());
        return blueprints.save(exam, institution, b, null).id();
    }

    @Test
    void onlyExamAndInstitutionAdministratorsUseThePagesAndEveryPostNeedsCsrf() throws Exception {
        for (Role role : List.of(Role.INSPECTOR, Role.ITEM_WRITER, Role.REVIEWER, Role.PLATFORM_ADMIN)) {
            Actor other = new Actor(9300 + role.ordinal(), "pages-" + role.name().toLowerCase(), Set.of(role), Set.of(institution));
            mvc.perform(post("/draw/skill").with(as(other)).with(csrf()).param("skillBlueprintId", "1"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/draw/batch").with(as(other)).with(csrf()).param("batchBlueprintId", "1").param("batchId", "1"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/draw/batch/skill").with(as(other)).with(csrf()).param("skillBatchBlueprintId", "1")
                            .param("skillBatchId", "1"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/papers/1/void").with(as(other)).with(csrf()).param("reason", "泄露"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/papers/1/replace").with(as(other)).with(csrf()).param("reason", "泄露").param("source", "spare:2"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/papers/1/skill/tasks.docx").with(as(other))).andExpect(status().isForbidden());
        }
        for (String path : List.of("/draw/skill", "/draw/batch", "/draw/batch/skill", "/papers/1/void", "/papers/1/replace")) {
            mvc.perform(post(path).with(as(exam)).with(csrf().useInvalidToken()).param("reason", "泄露"))
                    .andExpect(status().isForbidden());
        }
        Actor institutionAdmin = new Actor(9310, "pages-inst", Set.of(Role.INSTITUTION_ADMIN), Set.of(institution));
        mvc.perform(get("/draw").with(as(institutionAdmin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("操作技能试卷")))
                .andExpect(content().string(containsString("批次组卷 (含备用卷)")))
                .andExpect(content().string(containsString("操作技能批次组卷 (含备用卷)")));
    }

    @Test
    void aSkillSessionDrawsItsPaperAsAJobWithItsTasksDocumentsAndReplacement() throws Exception {
        long blueprint = skillBlueprint();
        long session = exams.session(exam, institution, occupation, Subject.SKILL);
        String job = mvc.perform(post("/draw/skill").with(as(exam)).with(csrf())
                        .param("skillBlueprintId", String.valueOf(blueprint)).param("skillSessionId", String.valueOf(session)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/draw/jobs/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String progress = finished(job);
        assertThat((String) JsonPath.read(progress, "$.state")).isEqualTo("ASSEMBLED");
        long paper = papers.issuedTo(exam, session).orElseThrow().id();
        assertThat((String) JsonPath.read(progress, "$.paperUrl")).isEqualTo("/papers/" + paper);

        mvc.perform(get("/papers/" + paper).with(as(exam))).andExpect(status().isOk())
                .andExpect(content().string(containsString("焊前准备 (必考)")))
                .andExpect(content().string(containsString("板对接焊 任务")))
                .andExpect(content().string(containsString("合计考核时间")))
                .andExpect(content().string(containsString("90 分钟")))
                // 配分 by the 技能要求权重表, adding up to the blueprint's total score.
                .andExpect(content().string(containsString("<th id=\"skill-points\">100 分</th>")))
                .andExpect(content().string(containsString("下载试题单")))
                .andExpect(content().string(containsString("重新组卷: 焊工三级操作技能 (页面)")));
        for (String doc : List.of("preparation", "tasks", "scores")) {
            mvc.perform(get("/papers/" + paper + "/skill/" + doc + ".docx").with(as(exam)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", containsString("wordprocessingml")))
                    .andExpect(header().string("Cache-Control", containsString("no-store")));
        }
        mvc.perform(get("/papers/" + paper + "/skill/answers.docx").with(as(exam))).andExpect(status().isNotFound());

        // a second skill paper for the session is refused beside the skill form
        mvc.perform(post("/draw/skill").with(as(exam)).with(csrf())
                        .param("skillBlueprintId", String.valueOf(blueprint)).param("skillSessionId", String.valueOf(session)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"skill-errors\"")))
                .andExpect(content().string(containsString("已有三级操作技能试卷")));

        // no spare: the replacement is a fresh solve against every earlier paper, the voided one included
        String replaced = mvc.perform(post("/papers/" + paper + "/replace").with(as(exam)).with(csrf())
                        .param("reason", "评分记录表印制错误").param("source", "skill:" + blueprint))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long replacement = papers.issuedTo(exam, session).orElseThrow().id();
        assertThat(replaced).isEqualTo("/papers/" + replacement + "?replaced=" + paper);
        mvc.perform(get("/papers/" + replacement).with(as(exam))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已作废的试卷 " + paper)))
                .andExpect(content().string(containsString("评分记录表印制错误")))
                .andExpect(content().string(containsString("<td>作废</td>")))
                .andExpect(content().string(containsString("<td>替换</td>")));

        // the bank has no third task set sharing nothing with both: refused beside the action, nothing changes
        mvc.perform(post("/papers/" + replacement + "/replace").with(as(exam)).with(csrf())
                        .param("reason", "再次泄露").param("source", "skill:" + blueprint))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"replace-errors\"")))
                .andExpect(content().string(containsString("未能组成满足全部硬性规则的替换试卷")));
        assertThat(papers.find(exam, replacement).status()).isEqualTo(PaperStatus.ISSUED);
    }

    @Test
    void aBatchFormKeepsDraftsAndSparesAndASpareReplacesAVoidedPaper() throws Exception {
        long blueprint = theoryBlueprint();
        long session = exams.session(exam, institution, occupation, Subject.THEORY);
        long batch = batches.session(exam, session).batchId();
        mvc.perform(post("/draw/batch").with(as(exam)).with(csrf()).param("batchBlueprintId", String.valueOf(blueprint))
                        .param("batchId", String.valueOf(batch)).param("sparesPerSession", "4"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"batch-errors\"")))
                .andExpect(content().string(containsString("每个场次的备用卷须在 0 到 3 套之间")));
        String job = mvc.perform(post("/draw/batch").with(as(exam)).with(csrf()).param("batchBlueprintId", String.valueOf(blueprint))
                        .param("batchId", String.valueOf(batch)).param("sparesPerSession", "1"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String progress = finished(job);
        assertThat((String) JsonPath.read(progress, "$.state")).isEqualTo("ASSEMBLED");
        List<String> urls = JsonPath.read(progress, "$.papers[*].url");
        List<String> labels = JsonPath.read(progress, "$.papers[*].label");
        assertThat(urls).hasSize(2);
        assertThat(labels.get(0)).startsWith("试卷 ").contains("S1").endsWith("(待发放)");
        assertThat(labels.get(1)).startsWith("备用卷 ");
        long draft = Long.parseLong(urls.get(0).replaceAll("^/papers/(\\d+)\\?sessionId=\\d+$", "$1"));
        long spare = Long.parseLong(urls.get(1).replaceAll("^/papers/(\\d+)$", "$1"));
        assertThat(papers.find(exam, spare).spare()).isTrue();
        mvc.perform(get("/draw").with(as(exam))).andExpect(content().string(containsString("备用卷 " + spare)));

        mvc.perform(post("/papers/" + draft + "/issue").with(as(exam)).with(csrf()).param("sessionId", String.valueOf(session)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/papers/" + draft).with(as(exam)))
                .andExpect(content().string(containsString("<option value=\"spare:" + spare + "\" selected=\"selected\">")));
        // without a reason or a source: refused beside the action, the paper stays issued
        mvc.perform(post("/papers/" + draft + "/replace").with(as(exam)).with(csrf()).param("source", "spare:" + spare))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("作废试卷必须说明原因")));
        mvc.perform(post("/papers/" + draft + "/replace").with(as(exam)).with(csrf()).param("reason", "试卷泄露"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请选择替换来源")));
        assertThat(papers.find(exam, draft).status()).isEqualTo(PaperStatus.ISSUED);

        mvc.perform(post("/papers/" + draft + "/replace").with(as(exam)).with(csrf())
                        .param("reason", "试卷泄露").param("source", "spare:" + spare))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("/papers/" + spare + "?replaced=" + draft)));
        assertThat(papers.issuedTo(exam, session).orElseThrow().id()).isEqualTo(spare);
        mvc.perform(get("/papers/" + draft).with(as(exam)))
                .andExpect(content().string(containsString("试卷 " + spare)))
                .andExpect(content().string(containsString("id=\"void-reason\">试卷泄露")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"replace-paper\""))));
        // voiding the replacement alone leaves the session without a paper until a new one is issued
        mvc.perform(post("/papers/" + spare + "/void").with(as(exam)).with(csrf()).param("reason", ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("作废试卷必须说明原因")));
        mvc.perform(post("/papers/" + spare + "/void").with(as(exam)).with(csrf()).param("reason", "装订错误"))
                .andExpect(status().is3xxRedirection());
        assertThat(papers.issuedTo(exam, session)).isEmpty();
        mvc.perform(get("/papers/" + spare).with(as(exam)))
                .andExpect(content().string(containsString("补发替换试卷")))
                .andExpect(content().string(containsString("重新组卷: 焊工三级理论 (页面)")));
    }

    @Test
    void aSkillBatchFormKeepsASkillDraftAndASpareThatReplacesTheVoidedSkillPaper() throws Exception {
        long blueprint = skillBlueprint();
        long session = exams.session(exam, institution, occupation, Subject.SKILL);
        long batch = batches.session(exam, session).batchId();
        mvc.perform(post("/draw/batch/skill").with(as(exam)).with(csrf())
                        .param("skillBatchBlueprintId", String.valueOf(blueprint)).param("skillBatchId", String.valueOf(batch))
                        .param("skillSparesPerSession", "4"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"skill-batch-errors\"")))
                .andExpect(content().string(containsString("每个场次的备用卷须在 0 到 3 套之间")));
        // two tasks per module and no task shared within the form: a third paper cannot be formed
        String tooMany = mvc.perform(post("/draw/batch/skill").with(as(exam)).with(csrf())
                        .param("skillBatchBlueprintId", String.valueOf(blueprint)).param("skillBatchId", String.valueOf(batch))
                        .param("skillSparesPerSession", "2"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String refused = finished(tooMany);
        assertThat((String) JsonPath.read(refused, "$.state")).isEqualTo("NOT_ASSEMBLED");
        List<String> messages = JsonPath.read(refused, "$.messages");
        assertThat(messages).contains(
                "必考模块 A 焊前准备 需要 1 道操作技能试题; 可用的已审定试题只有 0 道, 另有 2 道已用在同批先组成的 2 套试卷中");
        assertThat(papers.spares(exam, institution)).isEmpty();

        String job = mvc.perform(post("/draw/batch/skill").with(as(exam)).with(csrf())
                        .param("skillBatchBlueprintId", String.valueOf(blueprint)).param("skillBatchId", String.valueOf(batch))
                        .param("skillSparesPerSession", "1"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String progress = finished(job);
        assertThat((String) JsonPath.read(progress, "$.state")).isEqualTo("ASSEMBLED");
        List<String> urls = JsonPath.read(progress, "$.papers[*].url");
        List<String> labels = JsonPath.read(progress, "$.papers[*].label");
        assertThat(labels).hasSize(2);
        assertThat(labels.get(0)).startsWith("试卷 ").endsWith("(待发放)");
        assertThat(labels.get(1)).startsWith("备用卷 ");
        long draft = Long.parseLong(urls.get(0).replaceAll("^/papers/(\\d+)\\?sessionId=\\d+$", "$1"));
        long spare = Long.parseLong(urls.get(1).replaceAll("^/papers/(\\d+)$", "$1"));
        assertThat(papers.find(exam, spare).spare()).isTrue();
        assertThat(papers.find(exam, spare).scope().subject()).isEqualTo(Subject.SKILL);
        mvc.perform(get("/draw").with(as(exam))).andExpect(content().string(containsString("备用卷 " + spare)));

        mvc.perform(post("/papers/" + draft + "/issue").with(as(exam)).with(csrf()).param("sessionId", String.valueOf(session)))
                .andExpect(status().is3xxRedirection());
        assertThat(papers.issuedTo(exam, session).orElseThrow().id()).isEqualTo(draft);
        mvc.perform(get("/papers/" + draft).with(as(exam)))
                .andExpect(content().string(containsString("<option value=\"spare:" + spare + "\" selected=\"selected\">")))
                .andExpect(content().string(containsString("重新组卷: 焊工三级操作技能 (页面)")));
        mvc.perform(post("/papers/" + draft + "/replace").with(as(exam)).with(csrf())
                        .param("reason", "试题单泄露").param("source", "spare:" + spare))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("/papers/" + spare + "?replaced=" + draft)));
        assertThat(papers.issuedTo(exam, session).orElseThrow().id()).isEqualTo(spare);
        assertThat(papers.find(exam, draft).status()).isEqualTo(PaperStatus.VOIDED);
        mvc.perform(get("/papers/" + spare).with(as(exam))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已作废的试卷 " + draft)))
                .andExpect(content().string(containsString("<th id=\"skill-points\">100 分</th>")));
    }

    /** Polls the progress page's JSON until the job has finished (two minutes at most); the last answer. */
    private String finished(String jobUrl) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String body;
        do {
            Thread.sleep(200);
            body = mvc.perform(get(jobUrl + "/progress").with(as(exam))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
        } while (!(Boolean) JsonPath.read(body, "$.finished") && System.nanoTime() < deadline);
        return body;
    }

    private static RequestPostProcessor as(Actor actor) {
        return user(new QbankUser(actor, actor.username(), "{noop}x", true));
    }
}
