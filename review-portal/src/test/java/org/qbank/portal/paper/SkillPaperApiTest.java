package org.qbank.portal.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.occupation.Occupation;
import org.qbank.portal.Fixtures;
import org.qbank.portal.SkillBank;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Skill papers (操作技能) through the REST API: save a skill blueprint, check it, assemble it as a job and keep
 * the draft, draw and issue one for a skill session. Runs in the demo profile's context (late plans accepted with
 * a reason, so a session two hours ahead can be approved and drawn now) on an institution of its own.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:qbank_demo;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@Import(Fixtures.class)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class SkillPaperApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KnowledgeTreeService trees;
    @Autowired
    ItemService items;

    SessionsInTwoHours exams;
    long institution;
    Occupation occupation;
    Actor exam;
    Actor inspector;

    @BeforeEach
    void anInstitutionWithASkillTreeAndApprovedTasks() {
        exams = fixtures.sessions();
        institution = exams.institution();
        occupation = exams.occupation("焊工 (测试)");
        exam = new Actor(9001, "skill-exam", Set.of(Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN), Set.of(institution));
        inspector = new Actor(9002, "skill-inspector", Set.of(Role.INSPECTOR), Set.of(institution));
        SkillBank.welding(trees, items, exam, institution, occupation);
    }

    private String blueprintJson(String name) {
        return """
                {"name": "%s", "occupationCode": "%s", "level": "THREE", "chooseElective": 0, "durationMinutes": 120,
                 "modules": [{"code": "A", "name": "焊前准备", "required": true, "minutes": 30},
                             {"code": "B", "name": "板对接焊", "required": true, "minutes": 40},
                             {"code": "C", "name": "焊后检查", "required": true, "minutes": 30}],
                 "exposure": {"maxEarlierOverlap": 0.67, "lookBackMonths": 24, "maxBatchOverlap": 0.10,
                              "exposureCap": 0, "preferLeastUsed": true}}""".formatted(name, occupation.getCode().value());
    }

    private long saveBlueprint() throws Exception {
        String saved = mvc.perform(post("/api/v1/institutions/" + institution + "/skill-blueprints").with(as(exam))
                        .contentType(MediaType.APPLICATION_JSON).content(blueprintJson("焊工三级操作技能")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.blueprint.modules.length()").value(3))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(saved, "$.id")).longValue();
    }

    @Test
    void aSkillBlueprintIsSavedCheckedAndAssembledAsAJob() throws Exception {
        mvc.perform(post("/api/v1/institutions/" + institution + "/skill-blueprints").with(as(exam))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(blueprintJson("坏方案").replace("\"code\": \"C\"", "\"code\": \"Z\"")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.violations[0].field").value("modules[2].code"));
        long blueprint = saveBlueprint();
        mvc.perform(get("/api/v1/skill-blueprints/" + blueprint).with(as(inspector))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/skill-blueprints/" + blueprint + "/check").with(as(exam)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.candidates").value(6))
                .andExpect(jsonPath("$.shortfalls").isEmpty());
        String submitted = mvc.perform(post("/api/v1/skill-blueprints/" + blueprint + "/jobs").with(as(exam))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"papers\": 1, \"seed\": 5}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String job = JsonPath.read(submitted, "$.jobId");
        assertThat(SessionsInTwoHours.awaitJob(mvc, as(exam), job)).isEqualTo("DONE");
        mvc.perform(get("/api/v1/assembly-jobs/" + job).with(as(exam)))
                .andExpect(jsonPath("$.verdict").value("ASSEMBLED")).andExpect(jsonPath("$.fingerprints.length()").value(1));
        String kept = mvc.perform(post("/api/v1/skill-blueprints/" + blueprint + "/jobs/" + job + "/drafts").with(as(exam)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.length()").value(1))
                .andReturn().getResponse().getContentAsString();
        long draft = ((Number) JsonPath.read(kept, "$[0]")).longValue();
        mvc.perform(get("/api/v1/papers/" + draft).with(as(exam)))
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.itemCount").value(3));
    }

    @Test
    void aSkillJobWithASpareKeepsItsLastPaperAsASpareSharingNoTaskWithTheFirst() throws Exception {
        long blueprint = saveBlueprint();
        String submitted = mvc.perform(post("/api/v1/skill-blueprints/" + blueprint + "/jobs").with(as(exam))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"papers\": 1, \"spares\": 1, \"seed\": 5}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String job = JsonPath.read(submitted, "$.jobId");
        assertThat(SessionsInTwoHours.awaitJob(mvc, as(exam), job)).isEqualTo("DONE");
        mvc.perform(get("/api/v1/assembly-jobs/" + job).with(as(exam)))
                .andExpect(jsonPath("$.verdict").value("ASSEMBLED")).andExpect(jsonPath("$.fingerprints.length()").value(2));
        String kept = mvc.perform(post("/api/v1/skill-blueprints/" + blueprint + "/jobs/" + job + "/drafts").with(as(exam)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        long paper = ((Number) JsonPath.read(kept, "$[0]")).longValue();
        long spare = ((Number) JsonPath.read(kept, "$[1]")).longValue();
        mvc.perform(get("/api/v1/papers/" + paper).with(as(exam)))
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.spare").value(false));
        mvc.perform(get("/api/v1/papers/" + spare).with(as(exam)))
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.spare").value(true));
        // two tasks per module and a batch limit of ⌊0.10·3⌋ = 0: the two papers share no task
        mvc.perform(get("/api/v1/papers/overlap").param("a", String.valueOf(paper)).param("b", String.valueOf(spare))
                        .with(as(exam)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.shared").value(0));
    }

    @Test
    void aSkillSessionDrawsItsPaperThroughTheApi() throws Exception {
        long blueprint = saveBlueprint();
        long session = exams.session(exam, institution, occupation, Subject.SKILL);
        String body = "{\"skillBlueprintId\": " + blueprint + "}";
        mvc.perform(post("/api/v1/sessions/" + session + "/skill-paper").with(as(inspector))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sessions/" + session + "/skill-paper").with(as(exam))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.sessionId").value(session))
                .andExpect(jsonPath("$.itemCount").value(3));
        mvc.perform(post("/api/v1/sessions/" + session + "/skill-paper").with(as(exam))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());
    }

    private static RequestPostProcessor as(Actor actor) {
        return user(new QbankUser(actor, actor.username(), "{noop}x", true));
    }
}
