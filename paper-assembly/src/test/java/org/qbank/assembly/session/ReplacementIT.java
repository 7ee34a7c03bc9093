package org.qbank.assembly.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qbank.bank.plan.ApprovedSessions.FILED;
import static org.qbank.bank.plan.ApprovedSessions.START;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.paper.NewPaper;
import org.qbank.assembly.paper.Paper;
import org.qbank.assembly.paper.Paper.PaperScope;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.paper.PaperStatus;
import org.qbank.assembly.testsupport.AssemblyTestApplication;
import org.qbank.assembly.testsupport.AtOnce;
import org.qbank.assembly.testsupport.ExamFixtures;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.plan.ApprovedSessions;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 备用卷 and replacement after a void: one live paper per session, level and subject; a voided set stays refused. */
@StorageTest
@SpringBootTest(classes = AssemblyTestApplication.class)
class ReplacementIT {

    @Autowired
    SessionDrawService draws;
    @Autowired
    PaperService papers;
    @Autowired
    ExamFixtures fixtures;
    @Autowired
    ApprovedSessions approved;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    ExamFixtures.Bank bank;
    List<Long> sessions;

    @BeforeEach
    void twoApprovedSessionsInsideTheirWindow() {
        approved.setNow(FILED);
        bank = fixtures.bank();
        sessions = approved.approved(bank.institution, bank.occupationCode(), START, 2, 28).sessions().stream()
                .map(s -> s.id()).toList();
        approved.setNow(START.minus(Duration.ofHours(3)));
    }

    private NewPaper paper(int from, int to) {
        return bank.theoryPaper(from, to);
    }

    private long liveCount(long session) {
        return jdbc.sql("SELECT COUNT(*) FROM paper WHERE session_id = ? AND status IN ('ISSUED', 'USED')")
                .param(session).query(Long.class).single();
    }

    @Test
    void aVoidedPaperIsReplacedByASpareInOneAuditedStepAndItsSetStaysRefused() {
        long session = sessions.get(0);
        Paper first = draws.issueDrawn(bank.admin, session, paper(1, 10));
        long spare = papers.saveSpare(bank.admin, paper(11, 20));
        long notSpare = papers.saveDraft(bank.admin, paper(21, 30));
        assertThat(papers.find(bank.admin, spare).spare()).isTrue();

        // while the first paper is live, the session takes no other paper
        assertThatThrownBy(() -> draws.issueSpare(bank.admin, session, spare))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("session-has-paper"));
        assertThatThrownBy(() -> papers.issueReplacement(bank.admin, first.id(), spare))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("paper-not-voided"));
        assertThatThrownBy(() -> draws.replace(bank.admin, first.id(), "试卷泄露", new Replacement.Spare(notSpare)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("not-a-spare"));
        assertThat(papers.find(bank.admin, first.id()).status()).isEqualTo(PaperStatus.ISSUED);

        Paper replacement = draws.replace(bank.admin, first.id(), "试卷泄露", new Replacement.Spare(spare));
        assertThat(replacement.id()).isEqualTo(spare);
        assertThat(replacement.status()).isEqualTo(PaperStatus.ISSUED);
        assertThat(replacement.sessionId()).isEqualTo(session);
        assertThat(replacement.replacesPaperId()).isEqualTo(first.id());
        Paper voided = papers.find(bank.admin, first.id());
        assertThat(voided.status()).isEqualTo(PaperStatus.VOIDED);
        assertThat(voided.voidReason()).isEqualTo("试卷泄露");
        assertThat(voided.sessionId()).isEqualTo(session);
        assertThat(papers.issuedTo(bank.admin, session)).get().extracting(Paper::id).isEqualTo(spare);
        assertThat(liveCount(session)).isEqualTo(1);
        assertThat(audit.history(bank.admin, bank.institution, "paper", String.valueOf(spare)))
                .extracting(AuditRecord::action).contains("PAPER_ISSUED", "PAPER_REPLACED", "PAPER_DRAWN");
        assertThat(audit.history(bank.admin, bank.institution, "paper", String.valueOf(first.id())))
                .extracting(AuditRecord::action).contains("PAPER_VOIDED");

        // the voided item set is refused for ever, on any session
        assertThatThrownBy(() -> draws.issueDrawn(bank.admin, sessions.get(1), paper(1, 10)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("paper-reused"));
        // and the live replacement still blocks a further paper
        assertThatThrownBy(() -> draws.issueDrawn(bank.admin, session, paper(21, 30)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("session-has-paper"));
    }

    @Test
    void aSessionIsOfferedTheUnissuedSparesOfItsScopeAndItsTrailShowsTheVoidAndTheReplacement() {
        long session = sessions.get(0);
        Paper first = draws.issueDrawn(bank.admin, session, paper(1, 10));
        long spare = papers.saveSpare(bank.admin, paper(11, 20));
        long otherLevel = papers.saveSpare(bank.admin, new NewPaper(bank.institution,
                new PaperScope(bank.occupationCode(), null, Level.FOUR, Subject.THEORY), "四级理论", bank.items(21, 30),
                new BigDecimal("0.30"), 24));
        papers.saveDraft(bank.admin, paper(31, 40));
        assertThat(papers.spares(bank.admin, bank.institution)).extracting(Paper::id).containsExactly(spare, otherLevel);
        assertThat(papers.sparesFor(bank.admin, session)).extracting(Paper::id).containsExactly(spare);

        draws.replace(bank.admin, first.id(), "印制错误", new Replacement.Spare(spare));
        assertThat(papers.sparesFor(bank.admin, session)).isEmpty();
        List<AuditRecord> trail = papers.trail(bank.admin, first.id());
        assertThat(trail).extracting(AuditRecord::action)
                .containsSubsequence("PAPER_ISSUED", "PAPER_DRAWN", "PAPER_VOIDED", "PAPER_ISSUED", "PAPER_REPLACED", "PAPER_DRAWN");
        assertThat(trail).filteredOn(r -> r.action().equals("PAPER_VOIDED")).singleElement()
                .satisfies(r -> assertThat(r.detail()).isEqualTo("印制错误"));
        assertThat(papers.trail(bank.admin, spare)).isEqualTo(trail);
    }

    @Test
    void aPaperVoidedEarlierIsReplacedWithoutASecondVoid() {
        long session = sessions.get(0);
        Paper first = draws.issueDrawn(bank.admin, session, paper(1, 10));
        papers.voidPaper(bank.admin, first.id(), "印刷错误");
        long spare = papers.saveSpare(bank.admin, paper(11, 20));
        Paper replacement = draws.replace(bank.admin, first.id(), null, new Replacement.Spare(spare));
        assertThat(replacement.replacesPaperId()).isEqualTo(first.id());
        assertThat(papers.find(bank.admin, first.id()).voidReason()).isEqualTo("印刷错误");
    }

    @Test
    void theDatabaseRefusesASecondLivePaperForASessionEvenWithoutTheService() {
        long session = sessions.get(0);
        draws.issueDrawn(bank.admin, session, paper(1, 10));
        long other = papers.saveDraft(bank.admin, paper(11, 20));
        assertThatThrownBy(() -> jdbc.sql("UPDATE paper SET status = 'ISSUED', session_id = ? WHERE id = ?")
                .params(session, other).update()).isInstanceOf(DuplicateKeyException.class);
        // a voided paper with the same session is allowed beside the live one
        jdbc.sql("UPDATE paper SET status = 'VOIDED', session_id = ? WHERE id = ?").params(session, other).update();
        assertThat(liveCount(session)).isEqualTo(1);
    }

    @Test
    void concurrentReplacementsAfterAVoidGiveTheSessionExactlyOneLivePaper() throws Exception {
        long session = sessions.get(0);
        Paper first = draws.issueDrawn(bank.admin, session, paper(1, 10));
        papers.voidPaper(bank.admin, first.id(), "试卷泄露");
        int threads = 16;
        List<Long> spares = new ArrayList<>();
        for (int t = 0; t < threads / 2; t++) {
            spares.add(papers.saveSpare(bank.admin, paper(11 + t * 10, 20 + t * 10)));
        }
        List<NewPaper> fresh = new ArrayList<>();
        for (int t = 0; t < threads / 2; t++) {
            fresh.add(paper(200 + t * 10, 209 + t * 10));
        }
        // half replace with a spare, half draw a fresh paper for the same session, all at once
        List<String> outcomes = AtOnce.outcomes(threads, n -> {
            if (n % 2 == 0) {
                draws.replace(bank.admin, first.id(), null, new Replacement.Spare(spares.get(n / 2)));
            } else {
                draws.issueDrawn(bank.admin, session, fresh.get(n / 2));
            }
        });
        assertThat(outcomes).filteredOn(AtOnce.ISSUED::equals).hasSize(1);
        assertThat(outcomes).allMatch(o -> o.equals(AtOnce.ISSUED) || o.equals("session-has-paper"));
        assertThat(liveCount(session)).isEqualTo(1);
        // nothing of the refused attempts was kept: only the unissued spares remain as drafts
        assertThat(jdbc.sql("SELECT COUNT(*) FROM paper WHERE institution_id = ? AND status = 'DRAFT' AND spare = FALSE")
                .param(bank.institution).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM issued_fingerprint WHERE institution_id = ?")
                .param(bank.institution).query(Long.class).single()).isEqualTo(2);
    }
}
