package org.qbank.assembly.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qbank.bank.plan.ApprovedSessions.FILED;
import static org.qbank.bank.plan.ApprovedSessions.START;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.paper.NewPaper;
import org.qbank.assembly.paper.Paper;
import org.qbank.assembly.paper.PaperItem;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.paper.PaperStatus;
import org.qbank.assembly.testsupport.AssemblyTestApplication;
import org.qbank.assembly.testsupport.AtOnce;
import org.qbank.assembly.testsupport.ExamFixtures;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.plan.ApprovedSessions;
import org.qbank.bank.plan.BatchRetention;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.BatchView;
import org.qbank.bank.plan.RecordAttendance;
import org.qbank.bank.testsupport.StorageTest;
import org.qbank.bank.usage.UsageRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@StorageTest
@SpringBootTest(classes = AssemblyTestApplication.class)
class SessionDrawIT {

    @Autowired
    SessionDrawService draws;
    @Autowired
    PaperService papers;
    @Autowired
    ExamFixtures fixtures;
    @Autowired
    ApprovedSessions approved;
    @Autowired
    BatchService batches;
    @Autowired
    BatchRetention retention;
    @Autowired
    UsageRecorder usage;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    ExamFixtures.Bank bank;

    @BeforeEach
    void aBankAndAClockBeforeFiling() {
        approved.setNow(FILED);
        bank = fixtures.bank();
    }

    private BatchView approvedBatch(int sessions) {
        approved.setNow(FILED);
        return approved.approved(bank.institution, bank.occupationCode(), START, sessions, 28);
    }

    private NewPaper paper(int from, int to) {
        return bank.theoryPaper(from, to);
    }

    @Test
    void aDrawBeforeTheWindowOpensIsRefused() {
        long session = approvedBatch(1).sessions().get(0).id();
        approved.setNow(START.minus(Duration.ofHours(24)).minusSeconds(1));
        assertThatThrownBy(() -> draws.issueDrawn(bank.admin, session, paper(1, 10)))
                .isInstanceOfSatisfying(DrawRefusedException.class, e -> assertThat(e.code()).isEqualTo("draw-window-not-open"));
        assertThat(papers.issuedTo(bank.admin, session)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM paper WHERE institution_id = ?").param(bank.institution)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDrawAtOrAfterTheStartIsRefused() {
        long session = approvedBatch(1).sessions().get(0).id();
        approved.setNow(START);
        assertThatThrownBy(() -> draws.issueDrawn(bank.admin, session, paper(1, 10)))
                .isInstanceOfSatisfying(DrawRefusedException.class, e -> assertThat(e.code()).isEqualTo("draw-window-closed"));
        approved.setNow(START.plusSeconds(600));
        assertThatThrownBy(() -> draws.issueDrawn(bank.admin, session, paper(1, 10)))
                .isInstanceOf(DrawRefusedException.class);
        assertThat(papers.issuedTo(bank.admin, session)).isEmpty();
    }

    @Test
    void aDrawWhenTheWindowOpensIssuesTheSessionsPaperAndIsAudited() {
        long session = approvedBatch(1).sessions().get(0).id();
        approved.setNow(START.minus(Duration.ofHours(24)));
        Paper issued = draws.issueDrawn(bank.admin, session, paper(1, 10));
        assertThat(issued.status()).isEqualTo(PaperStatus.ISSUED);
        assertThat(issued.sessionId()).isEqualTo(session);
        assertThat(papers.issuedTo(bank.admin, session)).get().extracting(Paper::id).isEqualTo(issued.id());
        assertThatThrownBy(() -> draws.issueDrawn(bank.admin, session, paper(11, 20)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("session-has-paper"));
    }

    @Test
    void aBatchThatIsNotApprovedDrawsNothing() {
        long session = bank.session(START, 28);
        approved.setNow(START.minus(Duration.ofHours(2)));
        assertThatThrownBy(() -> draws.issueDrawn(bank.admin, session, paper(1, 10)))
                .isInstanceOfSatisfying(DrawRefusedException.class, e -> assertThat(e.code()).isEqualTo("batch-not-approved"));
    }

    @Test
    void drawsViewsAndDownloadsAreAuditedWithUserTimeAndSession() {
        BatchView batch = approvedBatch(1);
        long session = batch.sessions().get(0).id();
        approved.setNow(START.minus(Duration.ofHours(2)));
        Paper issued = draws.issueDrawn(bank.admin, session, paper(1, 10));
        draws.openForView(bank.admin, issued.id());
        SessionDrawService.MarkedPaper download = draws.openForDownload(bank.admin, issued.id());
        assertThat(download.mark()).isEqualTo("examadmin 2026-03-20 07:00 批次 " + batch.code() + " 场次 T1");
        List<AuditRecord> trail = audit.history(bank.admin, bank.institution, "paper", String.valueOf(issued.id()));
        assertThat(trail).extracting(AuditRecord::action)
                .containsSubsequence("PAPER_ISSUED", "PAPER_DRAWN", "PAPER_VIEWED", "PAPER_DOWNLOADED");
        assertThat(trail).filteredOn(r -> !r.action().equals("PAPER_DRAFTED") && !r.action().equals("PAPER_ISSUED"))
                .allSatisfy(r -> {
                    assertThat(r.actorName()).isEqualTo("examadmin");
                    assertThat(r.detail()).contains("场次 T1").contains("2026-03-20 07:00");
                });
    }

    @Test
    void concurrentDrawsNeverGiveTwoSessionsTheSamePaper() throws Exception {
        List<Long> sessions = approvedBatch(8).sessions().stream().map(s -> s.id()).toList();
        approved.setNow(START.minus(Duration.ofHours(2)));
        List<NewPaper> sets = new ArrayList<>();
        for (int set = 0; set < 4; set++) {
            sets.add(paper(set * 10 + 1, set * 10 + 10));
        }
        // 16 drawers: each session is drawn for twice, and each item set is offered to four sessions
        List<String> outcomes = AtOnce.outcomes(16, t -> draws.issueDrawn(bank.admin, sessions.get(t % 8), sets.get(t % 4)));

        assertThat(outcomes).filteredOn(AtOnce.ISSUED::equals).hasSize(4);
        assertThat(outcomes).allMatch(o -> List.of(AtOnce.ISSUED, "paper-reused", "session-has-paper").contains(o));
        long institution = bank.institution;
        assertThat(count("SELECT COUNT(*) FROM issued_fingerprint WHERE institution_id = ?", institution)).isEqualTo(4);
        assertThat(count("SELECT COUNT(DISTINCT fingerprint) FROM issued_fingerprint WHERE institution_id = ?", institution)).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM paper WHERE institution_id = ?", institution)).isEqualTo(4);
        assertThat(count("SELECT COUNT(DISTINCT session_id) FROM paper WHERE institution_id = ?", institution)).isEqualTo(4);
        assertThat(count("SELECT COUNT(DISTINCT paper_id) FROM usage_issue WHERE institution_id = ?", institution)).isEqualTo(4);
    }

    @Test
    void completingTheSessionAddsTheCandidatesWhoSatOnce() {
        BatchView batch = approvedBatch(1);
        long session = batch.sessions().get(0).id();
        approved.setNow(START.minus(Duration.ofHours(2)));
        Paper issued = draws.issueDrawn(bank.admin, session, paper(1, 10));
        approved.start(bank.institution, batch.id());
        approved.setNow(START.plusSeconds(60));
        assertThatThrownBy(() -> draws.completeSession(bank.admin, session))
                .isInstanceOfSatisfying(DrawRefusedException.class, e -> assertThat(e.code()).isEqualTo("session-not-over"));
        approved.setNow(START.plus(Duration.ofMinutes(90)));
        batches.recordAttendance(bank.admin, new RecordAttendance(session, 26));
        assertThat(draws.completeSession(bank.admin, session).status()).isEqualTo(PaperStatus.USED);
        assertThatThrownBy(() -> draws.completeSession(bank.admin, session)).isInstanceOf(ConflictException.class);
        for (PaperItem i : issued.items()) {
            assertThat(usage.ofItem(bank.institution, i.itemId()).candidates()).isEqualTo(26);
            assertThat(usage.ofItem(bank.institution, i.itemId()).sessions()).isEqualTo(1);
        }
    }

    @Test
    void papersOfABatchCannotBeDeletedInsideRetention() {
        BatchView batch = approvedBatch(1);
        long session = batch.sessions().get(0).id();
        approved.setNow(START.minus(Duration.ofHours(2)));
        Paper issued = draws.issueDrawn(bank.admin, session, paper(1, 10));
        assertThatThrownBy(() -> papers.discardDraft(bank.admin, issued.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("paper-not-draft"));
        approved.setNow(START.plus(Duration.ofDays(365 * 4)));
        assertThatThrownBy(() -> retention.refuseDeletion(bank.admin, batch.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("retention"));
        assertThat(papers.find(bank.admin, issued.id()).status()).isEqualTo(PaperStatus.ISSUED);
    }

    private long count(String sql, long institution) {
        return jdbc.sql(sql).param(institution).query(Long.class).single();
    }
}
