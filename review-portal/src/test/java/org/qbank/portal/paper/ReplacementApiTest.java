package org.qbank.portal.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.paper.NewPaper;
import org.qbank.assembly.paper.Paper.PaperScope;
import org.qbank.assembly.paper.PaperItem;
import org.qbank.assembly.paper.PaperService;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemTestData;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.user.UserService;
import org.qbank.portal.security.QbankUser;
import org.qbank.portal.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 备用卷 and replacement after a void through the REST API: a batch job with a spare keeps it as a spare draft; a
 * spare is issued to a session; a paper is voided and replaced in one call. Runs in the demo profile's context.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:qbank_demo;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@Import(Fixtures.class)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ReplacementApiTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    ItemService items;
    @Autowired
    PaperService papers;
    @Autowired
    UserService users;
    @Autowired
    BlueprintService blueprints;

    SessionsInTwoHours exams;
    long institution;
    Occupation occupation;
    Actor exam;
    List<PaperItem> bank;

    @BeforeEach
    void anInstitutionWithItems() {
        exams = fixtures.sessions();
        institution = exams.institution();
        occupation = exams.occupation("电工 (测试)");
        exam = new Actor(9101, "spare-exam", Set.of(Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN), Set.of(institution));
        Actor writer = ItemTestData.actor(institution, Role.ITEM_WRITER);
        bank = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            ItemView v = items.create(writer, ItemTestData.single(institution, occupation, "备用卷试题 " + i,
                    fixtures.point(institution, occupation.getCode().value())));
            bank.add(new PaperItem(bank.size() % 5 + 1, v.id(), v.code().value(), v.latest().id()));
        }
    }

    private NewPaper paper(int part) {
        return new NewPaper(institution, new PaperScope(occupation.getCode().value(), null, Level.THREE, Subject.THEORY),
                "三级理论", bank.subList(part * 5, part * 5 + 5), new BigDecimal("0.30"), 24);
    }

    @Test
    void aSpareIsIssuedAndAVoidedPaperIsReplacedInOneCall() throws Exception {
        long session = exams.session(exam, institution, occupation, Subject.THEORY);
        long spareA = papers.saveSpare(exam, paper(0));
        long spareB = papers.saveSpare(exam, paper(1));
        long plainDraft = papers.saveDraft(exam, paper(2));
        Actor inspector = new Actor(9102, "spare-inspector", Set.of(Role.INSPECTOR), Set.of(institution));

        mvc.perform(post("/api/v1/sessions/" + session + "/spare").with(as(exam))
                .contentType(MediaType.APPLICATION_JSON).content("{\"paperId\": " + plainDraft + "}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/sessions/" + session + "/spare").with(as(exam))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"paperId\": " + spareA + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ISSUED")).andExpect(jsonPath("$.spare").value(true));
        mvc.perform(post("/api/v1/sessions/" + session + "/spare").with(as(exam))
                .contentType(MediaType.APPLICATION_JSON).content("{\"paperId\": " + spareB + "}"))
                .andExpect(status().is4xxClientError());

        mvc.perform(post("/api/v1/papers/" + spareA + "/replace").with(as(inspector))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"试卷泄露\", \"sparePaperId\": " + spareB + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/papers/" + spareA + "/replace").with(as(exam))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"试卷泄露\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/papers/" + spareA + "/replace").with(as(exam))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"试卷泄露\", \"sparePaperId\": " + spareB + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(spareB))
                .andExpect(jsonPath("$.sessionId").value(session))
                .andExpect(jsonPath("$.replacesPaperId").value(spareA));
        mvc.perform(get("/api/v1/papers/" + spareA).with(as(inspector)))
                .andExpect(jsonPath("$.status").value("VOIDED")).andExpect(jsonPath("$.voidReason").value("试卷泄露"));
        // the voided paper's item set stays refused: a spare with the same items cannot be issued anywhere
        long sameSet = papers.saveSpare(exam, paper(0));
        long other = exams.session(exam, institution, occupation, Subject.THEORY);
        mvc.perform(post("/api/v1/sessions/" + other + "/spare").with(as(exam))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"paperId\": " + sameSet + "}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("paper-reused"));
    }

    @Test
    void aBatchJobWithASpareKeepsItAsASpareDraft() throws Exception {
        Actor demo = users.findLogin("demo-exam").orElseThrow().actor();
        long demoInstitution = demo.institutionIds().iterator().next();
        long blueprint = blueprints.list(demo, demoInstitution).get(0).id();
        String submitted = mvc.perform(post("/api/v1/blueprints/" + blueprint + "/jobs").with(as(demo))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"papers\": 1, \"spares\": 1, \"seed\": 3}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String job = JsonPath.read(submitted, "$.jobId");
        assertThat(SessionsInTwoHours.awaitJob(mvc, as(demo), job)).isEqualTo("DONE");
        String kept = mvc.perform(post("/api/v1/blueprints/" + blueprint + "/jobs/" + job + "/drafts").with(as(demo)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        long first = ((Number) JsonPath.read(kept, "$[0]")).longValue();
        long spare = ((Number) JsonPath.read(kept, "$[1]")).longValue();
        mvc.perform(get("/api/v1/papers/" + first).with(as(demo))).andExpect(jsonPath("$.spare").value(false));
        mvc.perform(get("/api/v1/papers/" + spare).with(as(demo)))
                .andExpect(jsonPath("$.spare").value(true)).andExpect(jsonPath("$.status").value("DRAFT"));
    }

    private static RequestPostProcessor as(Actor actor) {
        return user(new QbankUser(actor, actor.username(), "{noop}x", true));
    }
}
