package org.qbank.portal.pages.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.blueprint.Distribution;
import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.blueprint.Section;
import org.qbank.assembly.paper.NewPaper;
import org.qbank.assembly.paper.Paper;
import org.qbank.assembly.paper.Paper.PaperScope;
import org.qbank.assembly.paper.PaperItem;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.paper.PaperStatus;
import org.qbank.assembly.session.SessionDrawService;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.config.BankCoreConfiguration;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemTestData;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.plan.MutableClock;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.paper.SessionsInTwoHours;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 作废与替换 on the paper page once the session has started: the draw window is closed, so the page says why in place
 * of the replacement form and offers only 仅作废; a crafted replacement — from a 备用卷 or by a fresh solve — is
 * refused beside the action, and the issued paper, the spare, the session's papers and the audit trail stay as they
 * were.
 */
@PortalTest
@Import(MutableClock.Config.class)
class ReplacementOutsideDrawWindowPageTest {

    /** Filed on a Monday, the session 18 days later at 09:00 in China: on time under the filing deadline. */
    private static final Instant FILED = china("2026-03-02T10:00");
    private static final Instant START = china("2026-03-20T09:00");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    ItemService items;
    @Autowired
    BlueprintService blueprints;
    @Autowired
    PaperService papers;
    @Autowired
    SessionDrawService draws;
    @Autowired
    JdbcClient jdbc;

    long institution;
    Occupation occupation;
    QbankUser admin;
    long session;
    long issued;
    long spare;
    long blueprint;

    /** A paper issued to the session inside its window (from a 备用卷), a second spare kept, a matching blueprint. */
    @BeforeEach
    void aPaperIssuedInsideTheWindow() {
        clock.set(FILED);
        SessionsInTwoHours exams = fixtures.sessions();
        institution = exams.institution();
        occupation = exams.occupation("电工 (窗口测试)");
        admin = fixtures.user(Role.INSTITUTION_ADMIN, institution);
        session = exams.session(admin.actor(), institution, occupation, Subject.THEORY, START, null);
        long point = fixtures.point(institution, occupation.getCode().value());
        QbankUser writer = fixtures.user(Role.ITEM_WRITER, institution);
        List<PaperItem> bank = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ItemView v = items.create(writer.actor(), ItemTestData.single(institution, occupation, "窗口测试试题 " + i, point));
            bank.add(new PaperItem(bank.size() % 5 + 1, v.id(), v.code().value(), v.latest().id()));
        }
        long first = papers.saveSpare(admin.actor(), paper(bank.subList(0, 5)));
        spare = papers.saveSpare(admin.actor(), paper(bank.subList(5, 10)));
        blueprint = blueprints.save(admin.actor(), institution, new Blueprint("电工三级理论 (窗口)",
                occupation.getCode().value(), null, Level.THREE, Subject.THEORY,
                List.of(new Section(ItemType.SINGLE_CHOICE, 5, new BigDecimal("20"))), BigDecimal.valueOf(100), 90,
                Distribution.byType(), null, ExposurePolicy.defaults(), List.of()), null).id();

        clock.set(START.minus(Duration.ofHours(1)));
        issued = draws.issueSpare(admin.actor(), session, first).id();
    }

    private NewPaper paper(List<PaperItem> items) {
        return new NewPaper(institution, new PaperScope(occupation.getCode().value(), null, Level.THREE, Subject.THEORY),
                "三级理论", items, new BigDecimal("0.30"), 24);
    }

    @Test
    void afterTheStartThePageSaysWhyInsteadOfOfferingAReplacementAndVoidingAloneStaysOpen() throws Exception {
        mvc.perform(get("/papers/" + issued).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"replace-paper\""),
                        containsString("<option value=\"spare:" + spare + "\""),
                        containsString("<option value=\"blueprint:" + blueprint + "\""),
                        not(containsString("id=\"replace-closed\"")))));

        clock.set(START.plus(Duration.ofMinutes(10)));
        mvc.perform(get("/papers/" + issued).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"replace-closed\""),
                        containsString("场次 S1 已于 2026-03-20 09:00 开考, 不能再抽卷; 替换只能在抽卷窗口内进行, 仍可仅作废。"),
                        not(containsString("id=\"replace-paper\"")), not(containsString("id=\"source\"")),
                        not(containsString("spare:" + spare)), not(containsString("blueprint:" + blueprint)),
                        containsString("id=\"reason\""), containsString("id=\"void-paper\""))));

        mvc.perform(post("/papers/" + issued + "/void").with(user(admin)).with(csrf()).param("reason", "试卷泄露"))
                .andExpect(status().is3xxRedirection());
        assertThat(papers.find(admin.actor(), issued).status()).isEqualTo(PaperStatus.VOIDED);
        assertThat(papers.find(admin.actor(), spare).status()).isEqualTo(PaperStatus.DRAFT);
        // voided with no live paper left: by its state it could be replaced, but not after the start
        mvc.perform(get("/papers/" + issued).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("场次 S1 已于 2026-03-20 09:00 开考, 不能再抽卷; 替换只能在抽卷窗口内进行。"),
                        not(containsString("id=\"replace-paper\"")), not(containsString("id=\"void-paper\"")),
                        not(containsString("action=\"/papers/" + issued + "/replace\"")))));
    }

    @Test
    void afterTheStartAReplacementIsRefusedBesideTheActionAndNothingChanges() throws Exception {
        clock.set(START.plus(Duration.ofMinutes(10)));
        List<String> trailBefore = actions(papers.trail(admin.actor(), issued));
        long papersBefore = paperCount();

        // a crafted POST: the page no longer offers the form
        for (String source : List.of("spare:" + spare, "blueprint:" + blueprint)) {
            mvc.perform(post("/papers/" + issued + "/replace").with(user(admin)).with(csrf())
                            .param("reason", "试卷泄露").param("source", source))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(allOf(
                            containsString("id=\"replace-errors\""),
                            containsString("场次 S1 已于 2026-03-20 09:00 开考, 不能再抽卷"),
                            // the reason entered stays for 仅作废; the replacement itself is not offered
                            containsString(">试卷泄露</textarea>"),
                            not(containsString("id=\"replace-paper\"")),
                            not(containsString("id=\"replaced-notice\"")))));

            Paper still = papers.find(admin.actor(), issued);
            assertThat(still.status()).isEqualTo(PaperStatus.ISSUED);
            assertThat(still.voidReason()).isNull();
            assertThat(papers.issuedTo(admin.actor(), session).map(Paper::id)).contains(issued);
            assertThat(papers.issuedToEver(admin.actor(), session)).extracting(Paper::id).containsExactly(issued);
            Paper kept = papers.find(admin.actor(), spare);
            assertThat(kept.status()).isEqualTo(PaperStatus.DRAFT);
            assertThat(kept.spare()).isTrue();
            assertThat(paperCount()).isEqualTo(papersBefore);
            assertThat(actions(papers.trail(admin.actor(), issued))).isEqualTo(trailBefore)
                    .doesNotContain("PAPER_VOIDED", "PAPER_REPLACED");
        }
        mvc.perform(get("/papers/" + issued).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("id=\"replace-errors\"")),
                        not(containsString("<td>作废</td>")), not(containsString("<td>替换</td>")))));
    }

    private long paperCount() {
        return jdbc.sql("SELECT COUNT(*) FROM paper WHERE institution_id = ?").param(institution).query(Long.class).single();
    }

    private static List<String> actions(List<AuditRecord> trail) {
        return trail.stream().map(AuditRecord::action).toList();
    }

    private static Instant china(String local) {
        return LocalDateTime.parse(local).atZone(BankCoreConfiguration.ZONE).toInstant();
    }
}
