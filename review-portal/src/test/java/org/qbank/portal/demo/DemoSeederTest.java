package org.qbank.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemCode;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemStatus;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:qbank_demo;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@ExtendWith(OutputCaptureExtension.class)
class DemoSeederTest {

    @Autowired
    DemoSeeder seeder;
    @Autowired
    UserService users;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    KnowledgeTreeService trees;
    @Autowired
    ItemService items;

    @Test
    void everyRoleHasADemoUserAndReviewersCarryExpertLevels() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (DemoUsers.Spec spec : DemoUsers.SPECS) {
            var login = users.findLogin(spec.username()).orElseThrow();
            roles.addAll(login.actor().roles());
        }
        assertThat(roles).containsExactlyInAnyOrder(Role.values());
        assertThat(DemoUsers.SPECS).filteredOn(s -> s.role() == Role.REVIEWER).hasSize(4)
                .extracting(DemoUsers.Spec::expertLevel).contains(Level.ONE).doesNotContainNull();
        assertThat(DemoUsers.SPECS).filteredOn(s -> s.role() == Role.ITEM_WRITER).hasSize(2);
    }

    @Test
    void theDemoBankHoldsATreeAndTwoHundredItemsInEveryState() {
        Actor exam = users.findLogin("demo-exam").orElseThrow().actor();
        long institution = seeder.institution().id();
        var tree = trees.find(exam, institution, DemoTree.OCCUPATION_CODE, null, Level.THREE, Subject.THEORY).orElseThrow();
        assertThat(tree.pointCount()).isEqualTo(17);

        Map<ItemStatus, Long> latest = new EnumMap<>(ItemStatus.class);
        int withApproved = 0;
        int retired = 0;
        for (int n = 1; n <= DemoBank.ITEM_COUNT; n++) {
            ItemView item = items.getByCode(exam, institution, ItemCode.of(DemoBank.code(n)));
            latest.merge(item.latest().status(), 1L, Long::sum);
            withApproved += item.current() != null ? 1 : 0;
            retired += item.retired() ? 1 : 0;
        }
        assertThat(latest.keySet()).contains(ItemStatus.DRAFT, ItemStatus.SUBMITTED, ItemStatus.APPROVED,
                ItemStatus.REVISE, ItemStatus.REJECTED);
        assertThat(withApproved).isGreaterThanOrEqualTo(DemoBank.ITEM_COUNT / 2);
        assertThat(retired).isPositive();
    }

    @Test
    void aRestartKeepsPasswordsAndPrintsNone(CapturedOutput output) throws Exception {
        String hash = users.findLogin("demo-writer1").orElseThrow().passwordHash();
        List<DemoUsers.Outcome> again = seeder.seed();

        assertThat(again).noneMatch(DemoUsers.Outcome::created);
        assertThat(users.findLogin("demo-writer1").orElseThrow().passwordHash()).isEqualTo(hash);
        assertThat(output.getOut()).contains("(unchanged)").contains("keep the passwords").contains("items already present")
                // no server listens in this test, so the table names the page rather than a guessed port
                .contains("Sign in at /login\n").doesNotContain("localhost:8080");
    }

    @Test
    void aGeneratedPasswordIsReturnedOnceAndSignsIn() throws Exception {
        long institution = seeder.institution().id();
        List<DemoUsers.Spec> extra = List.of(new DemoUsers.Spec("demo-extra", "额外用户", Role.EXAM_ADMIN, null, null));
        Actor system = Actor.system("test", Set.of(institution));

        DemoUsers.Outcome first = demoUsers.ensure(system, institution, extra).get(0);
        DemoUsers.Outcome second = demoUsers.ensure(system, institution, extra).get(0);

        assertThat(first.created()).isTrue();
        assertThat(first.password()).hasSize(16);
        assertThat(second.created()).isFalse();
        mvc.perform(get("/api/v1/users/me").with(httpBasic("demo-extra", first.password()))).andExpect(status().isOk());
    }

    @Autowired
    org.qbank.bank.plan.BatchService batches;
    @Autowired
    org.qbank.assembly.blueprint.BlueprintService blueprints;
    @Autowired
    org.qbank.assembly.session.SessionDrawService draws;

    @Test
    void aNewcomerCanDrawAPaperForTheDemoSessionAtOnceAndTheInspectorSeesItsFingerprint() throws Exception {
        Actor exam = users.findLogin("demo-exam").orElseThrow().actor();
        Actor inspector = users.findLogin("demo-inspector").orElseThrow().actor();
        long institution = seeder.institution().id();
        var batch = batches.list(exam, institution).stream().filter(b -> b.code().startsWith("DEMO-"))
                .filter(b -> b.state() == org.qbank.bank.plan.BatchState.APPROVED).findFirst().orElseThrow();
        long session = batch.sessions().get(0).id();
        var blueprint = blueprints.list(exam, institution).stream()
                .filter(b -> b.blueprint().name().equals(DemoExam.BLUEPRINT)).findFirst().orElseThrow();
        String body = "{\"blueprintId\": " + blueprint.id() + "}";

        mvc.perform(get("/api/v1/sessions/" + session + "/draw-window").with(as(exam)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.opensAt").exists());
        mvc.perform(post("/api/v1/sessions/" + session + "/paper").with(as(inspector))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        String drawn = mvc.perform(post("/api/v1/sessions/" + session + "/paper").with(as(exam))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.itemCount").value(blueprint.blueprint().itemCount()))
                .andReturn().getResponse().getContentAsString();
        String fingerprint = com.jayway.jsonpath.JsonPath.read(drawn, "$.fingerprint");
        assertThat(fingerprint).matches("[0-9a-f]{64}");

        // A session receives one paper per level and subject: a second draw is refused and nothing changes.
        mvc.perform(post("/api/v1/sessions/" + session + "/paper").with(as(exam))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().is4xxClientError());
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        mvc.perform(get("/api/v1/institutions/" + institution + "/compliance").param("from", "2026-01-01")
                        .param("to", java.time.LocalDate.parse(today).plusDays(2).toString()).with(as(inspector)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.proof.issued").value(1))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(fingerprint)));

        // The batch archive's audit excerpt holds the paper's own trail beside the batch's entries.
        long paper = ((Number) com.jayway.jsonpath.JsonPath.read(drawn, "$.id")).longValue();
        mvc.perform(get("/papers/" + paper).with(as(exam))).andExpect(status().isOk());
        mvc.perform(get("/papers/" + paper + "/word").with(as(exam))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/papers/" + paper + "/void").with(as(exam))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"试卷袋破损\"}")).andExpect(status().isOk());
        byte[] zip = mvc.perform(get("/batches/" + batch.id() + "/archive.zip").with(as(exam)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String[]> excerpt = new java.util.ArrayList<>();
        try (var entries = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip), java.nio.charset.StandardCharsets.UTF_8)) {
            for (var e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                if (e.getName().equals("审计摘录.csv")) {
                    new String(entries.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
                            .forEach(l -> excerpt.add(l.split(",")));
                }
            }
        }
        assertThat(excerpt).extracting(r -> Long.parseLong(r[0])).isSorted();
        assertThat(excerpt).filteredOn(r -> r[4].equals("paper") && r[5].equals(String.valueOf(paper)))
                .extracting(r -> r[3]).contains("PAPER_ISSUED", "PAPER_DRAWN", "PAPER_VIEWED", "PAPER_DOWNLOADED",
                        "PAPER_VOIDED");
        assertThat(excerpt).filteredOn(r -> r[4].equals("batch")).isNotEmpty();
    }

    @Autowired
    org.qbank.assembly.bank.BankInputs inputs;

    @Test
    void theDemoSeedsASkillSessionWhoseSkillPaperCanBeDrawnAtOnce() {
        Actor exam = users.findLogin("demo-exam").orElseThrow().actor();
        long institution = seeder.institution().id();
        var batch = batches.list(exam, institution).stream().filter(b -> b.code().startsWith("DEMOJN-"))
                .filter(b -> b.state() == org.qbank.bank.plan.BatchState.APPROVED).findFirst().orElseThrow();
        var session = batch.sessions().get(0);
        assertThat(session.subject()).isEqualTo(Subject.SKILL);
        assertThat(session.code()).isEqualTo("J1");
        // the draw rules hold now: approved batch, open window, no paper yet
        assertThat(draws.requireDrawable(exam, session.id()).id()).isEqualTo(session.id());
        var blueprint = draws.skillBlueprintsFor(exam, session.id()).stream()
                .filter(b -> b.blueprint().name().equals(DemoSkill.BLUEPRINT)).findFirst().orElseThrow();
        var request = draws.skillRequest(exam, session.id(), blueprint.id(), 1L);
        assertThat(request.tasks()).hasSize(12).allSatisfy(t -> assertThat(t.moduleCode()).isNotNull());
        assertThat(org.qbank.assembly.skill.SkillAssembler.shortfalls(request)).isEmpty();
        assertThat(blueprint.blueprint().modules()).isEqualTo(DemoSkill.blueprint().modules());
        assertThat(blueprint.blueprint().chooseElective()).isEqualTo(1);
    }

    @Test
    void aPostedBlueprintThatStillSaysFillInIsSavedAndReadAsFillBlank() throws Exception {
        Actor exam = users.findLogin("demo-exam").orElseThrow().actor();
        long institution = seeder.institution().id();
        // FILL_IN is the name paper assembly's former 题型 enum gave 填空题; clients and files may still send it
        String blueprint = """
                {"name": "填空旧名方案", "occupationCode": "%s", "workType": null, "level": "THREE", "subject": "THEORY",
                 "sections": [{"type": "FILL_IN", "count": 10, "pointsEach": 2},
                              {"type": "SINGLE_CHOICE", "count": 160, "pointsEach": 0.5}],
                 "totalPoints": 100, "durationMinutes": 120,
                 "distribution": {"mode": "BY_TYPE", "depth": 0, "perPointCap": 2147483647},
                 "difficulty": {"mean": 3.0, "tolerance": 0.5},
                 "exposure": {"maxEarlierOverlap": 0.30, "lookBackMonths": 24, "maxBatchOverlap": 0.10,
                              "exposureCap": 6, "preferLeastUsed": true},
                 "enemyGroups": []}
                """.formatted(DemoTree.OCCUPATION_CODE);
        String saved = mvc.perform(post("/api/v1/institutions/" + institution + "/blueprints").with(as(exam))
                        .contentType(MediaType.APPLICATION_JSON).content(blueprint))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Number id = com.jayway.jsonpath.JsonPath.read(saved, "$.id");
        mvc.perform(get("/api/v1/blueprints/" + id).with(as(exam)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.blueprint.sections[0].type").value("FILL_BLANK"))
                .andExpect(jsonPath("$.blueprint.sections[1].type").value("SINGLE_CHOICE"));
    }

    @Test
    void anAdministratorChecksForecastsAndAssemblesDraftsThroughTheApi() throws Exception {
        Actor exam = users.findLogin("demo-exam").orElseThrow().actor();
        long institution = seeder.institution().id();
        long blueprint = blueprints.list(exam, institution).stream()
                .filter(b -> b.blueprint().name().equals(DemoExam.BLUEPRINT)).findFirst().orElseThrow().id();

        mvc.perform(post("/api/v1/blueprints/" + blueprint + "/check").with(as(exam)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.shortfalls").isEmpty());
        mvc.perform(get("/api/v1/blueprints/" + blueprint + "/forecast").with(as(exam)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.freshPapers").isNumber());
        String submitted = mvc.perform(post("/api/v1/blueprints/" + blueprint + "/jobs").with(as(exam))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"papers\": 2, \"seed\": 7}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String job = com.jayway.jsonpath.JsonPath.read(submitted, "$.jobId");

        String state = "QUEUED";
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
        while ((state.equals("QUEUED") || state.equals("SOLVING")) && System.nanoTime() < deadline) {
            Thread.sleep(200); // the job runs on its own thread; poll as a client would
            state = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/assembly-jobs/" + job).with(as(exam)))
                    .andReturn().getResponse().getContentAsString(), "$.state");
        }
        assertThat(state).isEqualTo("DONE");
        mvc.perform(get("/api/v1/assembly-jobs/" + job).with(as(exam)))
                .andExpect(jsonPath("$.fingerprints.length()").value(2));
        mvc.perform(post("/api/v1/blueprints/" + blueprint + "/jobs/" + job + "/drafts").with(as(exam)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.length()").value(2));
    }

    @Autowired
    org.qbank.bank.review.ReviewRoundService reviews;
    @Autowired
    org.qbank.bank.review.ReviewRoundQueries reviewQueries;

    @Test
    void theDemoExpertsCanCompleteTheSeededReviewRound() throws Exception {
        long institution = seeder.institution().id();
        List<Actor> panel = DemoReview.PANEL.stream().map(u -> users.findLogin(u).orElseThrow().actor()).toList();
        var round = reviewQueries.list(panel.get(0), institution).stream()
                .filter(r -> DemoReview.PLACE.equals(r.place())).findFirst().orElseThrow();
        assertThat(round.panel()).hasSize(3).filteredOn(org.qbank.bank.review.PanelMemberView::leader)
                .extracting(org.qbank.bank.review.PanelMemberView::userId).containsExactly(panel.get(0).userId());
        mvc.perform(get("/reviews").with(as(panel.get(1)))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(DemoReview.PLACE)));

        var roundItems = reviewQueries.items(panel.get(1), round.id());
        assertThat(roundItems).hasSize(DemoReview.ITEMS);
        for (var d : roundItems) {
            for (Actor expert : panel) {
                reviews.submitVerdict(expert, new org.qbank.bank.review.SubmitVerdict(round.id(), d.item().itemId(),
                        org.qbank.bank.review.Verdict.PASS, Set.of(), "演示: 通过"));
            }
            reviews.conclude(panel.get(0), new org.qbank.bank.review.ConcludeItem(round.id(), d.item().itemId(), null, null));
        }
        reviews.sign(panel.get(0), new org.qbank.bank.review.SignLevel(round.id(), Level.THREE, "同意入库"));
        assertThat(reviews.close(panel.get(0), round.id(), "同意入库").state())
                .isEqualTo(org.qbank.bank.review.RoundState.CLOSED);
        assertThat(items.get(panel.get(0), roundItems.get(0).item().itemId()).latest().status()).isEqualTo(ItemStatus.APPROVED);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Actor actor) {
        return user(new org.qbank.portal.security.QbankUser(actor, actor.username(), "{noop}x", true));
    }
}
