package org.qbank.assembly.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.draw.JobFixtures;
import org.qbank.assembly.draw.PaperAssembler;
import org.qbank.assembly.draw.PickedItem;
import org.qbank.assembly.paper.Paper.PaperScope;
import org.qbank.assembly.testsupport.AssemblyTestApplication;
import org.qbank.assembly.testsupport.AtOnce;
import org.qbank.assembly.testsupport.ExamFixtures;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.plan.ApprovedSessions;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.BatchView;
import org.qbank.bank.plan.RecordAttendance;
import org.qbank.bank.usage.UsageRecorder;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@StorageTest
@SpringBootTest(classes = AssemblyTestApplication.class)
class PaperServiceIT {

    private static final PaperScope SCOPE = new PaperScope("6-18-02-04", null, Level.THREE, Subject.THEORY);
    private static final Instant START = Instant.parse("2026-06-01T01:00:00Z");

    @Autowired
    PaperService service;
    @Autowired
    ExamFixtures fixtures;
    @Autowired
    UsageRecorder usage;
    @Autowired
    BatchService batches;
    @Autowired
    ApprovedSessions approvedSessions;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    ExamFixtures.Bank bank;
    long institution;
    Actor admin;

    @BeforeEach
    void anInstitutionWithItems() {
        bank = fixtures.bank();
        institution = bank.institution;
        admin = bank.admin;
    }

    /** Items {@code from}..{@code to}; a non-zero {@code versionBase} pins versions that were never stored. */
    private List<PaperItem> items(int from, int to, long versionBase) {
        List<PaperItem> real = bank.items(from, to);
        if (versionBase == 0) {
            return real;
        }
        return real.stream().map(i -> new PaperItem(i.position(), i.itemId(), i.itemCode(), i.versionId() + versionBase)).toList();
    }

    private long draft(List<PaperItem> items) {
        return service.saveDraft(admin, new NewPaper(institution, SCOPE, "三级理论", items, new BigDecimal("0.30"), 24));
    }

    private long session() {
        return bank.session(START, 28);
    }

    @Test
    void issuingWritesTheFingerprintAndTheExposure() {
        long id = draft(items(1, 10, 0));
        Paper issued = service.issue(admin, id, session());
        assertThat(issued.status()).isEqualTo(PaperStatus.ISSUED);
        assertThat(service.issuedFingerprints(admin, institution)).extracting(IssuedFingerprint::fingerprint)
                .containsExactly(issued.fingerprint().hex());
        for (PaperItem i : issued.items()) {
            assertThat(usage.ofItem(institution, i.itemId()).sessions()).isEqualTo(1);
            assertThat(usage.ofVersion(institution, i.versionId()).sessions()).isEqualTo(1);
        }
    }

    @Test
    void anAssembledPaperIsKeptAsADraftWithItsPinnedVersions() {
        AssemblyRequest request = JobFixtures.smallRequest(3);
        AssemblyOutcome outcome = PaperAssembler.assemble(request, AssemblyOptions.firstFeasible(Duration.ofSeconds(10)));
        long id = service.saveDraft(admin, NewPaper.of(institution, request.blueprint(), outcome.papers().get(0)));
        Paper kept = service.find(admin, id);
        assertThat(kept.status()).isEqualTo(PaperStatus.DRAFT);
        assertThat(kept.fingerprint()).isEqualTo(outcome.papers().get(0).fingerprint());
        assertThat(kept.items()).extracting(PaperItem::versionId)
                .containsExactlyElementsOf(outcome.papers().get(0).items().stream().map(PickedItem::versionId).toList());
    }

    @Test
    void usingAPaperAddsTheCandidatesWhoSatOnce() {
        Instant start = clock.instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        BatchView batch = approvedSessions.approved(institution, bank.occupationCode(), start, 1, 28);
        long session = batch.sessions().get(0).id();
        long id = draft(items(1, 5, 0));
        service.issue(admin, id, session);
        approvedSessions.start(institution, batch.id());
        batches.recordAttendance(admin, new RecordAttendance(session, 25));
        service.markUsed(admin, id);
        long item = bank.items(1, 1).get(0).itemId();
        assertThat(usage.ofItem(institution, item).candidates()).isEqualTo(25);
        assertThatThrownBy(() -> service.markUsed(admin, id)).isInstanceOf(ConflictException.class);
        assertThat(usage.ofItem(institution, item).candidates()).isEqualTo(25);
    }

    @Test
    void withoutRecordedAttendanceThePlannedCandidatesCount() {
        long id = draft(items(1, 5, 0));
        service.issue(admin, id, bank.session(START, 17));
        service.markUsed(admin, id);
        assertThat(usage.ofItem(institution, bank.items(3, 3).get(0).itemId()).candidates()).isEqualTo(17);
    }

    @Test
    void anIdenticalItemSetIsRefusedAsReuse() {
        service.issue(admin, draft(items(1, 10, 0)), session());
        long again = draft(items(1, 10, 0));
        assertThatThrownBy(() -> service.issue(admin, again, session()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("paper-reused"));
        assertThat(service.find(admin, again).status()).isEqualTo(PaperStatus.DRAFT);
    }

    @Test
    void theSameSetReorderedIsRefused() {
        service.issue(admin, draft(items(1, 10, 0)), session());
        List<PaperItem> reversed = new ArrayList<>();
        List<PaperItem> original = items(1, 10, 0);
        for (int i = original.size() - 1; i >= 0; i--) {
            PaperItem p = original.get(i);
            reversed.add(new PaperItem(reversed.size() + 1, p.itemId(), p.itemCode(), p.versionId()));
        }
        long again = draft(reversed);
        assertThatThrownBy(() -> service.issue(admin, again, session()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("paper-reused"));
    }

    @Test
    void theSameItemsAtNewerVersionsAreRefused() {
        service.issue(admin, draft(items(1, 10, 0)), session());
        long again = draft(items(1, 10, 5000));
        assertThatThrownBy(() -> service.issue(admin, again, session()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("paper-reused"));
    }

    @Test
    void aVoidedPapersSetStaysRefused() {
        long first = draft(items(1, 10, 0));
        service.issue(admin, first, session());
        Paper voided = service.voidPaper(admin, first, "试卷泄露");
        assertThat(voided.status()).isEqualTo(PaperStatus.VOIDED);
        assertThat(voided.voidReason()).isEqualTo("试卷泄露");
        long again = draft(items(1, 10, 0));
        assertThatThrownBy(() -> service.issue(admin, again, session()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("paper-reused"));
    }

    @Test
    void draftsDoNotCountAndMayBeDiscarded() {
        long a = draft(items(1, 10, 0));
        long b = draft(items(1, 10, 0));
        service.discardDraft(admin, a);
        assertThat(service.issue(admin, b, session()).status()).isEqualTo(PaperStatus.ISSUED);
        assertThatThrownBy(() -> service.discardDraft(admin, b)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aPaperIsIssuedToOneSessionOnly() {
        long id = draft(items(1, 10, 0));
        service.issue(admin, id, session());
        assertThatThrownBy(() -> service.issue(admin, id, session()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("paper-not-draft"));
    }

    @Test
    void aSessionGetsOnePaperPerLevelAndSubject() {
        long s = session();
        service.issue(admin, draft(items(1, 10, 0)), s);
        long other = draft(items(11, 20, 0));
        assertThatThrownBy(() -> service.issue(admin, other, s))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("session-has-paper"));
    }

    @Test
    void issuingRechecksTheOverlapWithEarlierPapers() {
        service.issue(admin, draft(items(1, 10, 0)), session());
        // shares 4 of 10 with the issued paper; ⌊0.30·10⌋ = 3 allowed
        long tooClose = draft(items(7, 16, 0));
        assertThatThrownBy(() -> service.issue(admin, tooClose, session()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessage()).contains("重复 4 题, 超过上限 3 题"));
        long fine = draft(items(8, 17, 0));
        assertThat(service.issue(admin, fine, session()).status()).isEqualTo(PaperStatus.ISSUED);
    }

    @Test
    void onlyAnIssuedPaperCanBeMarkedUsedAndVoidingNeedsAReason() {
        long id = draft(items(1, 10, 0));
        assertThatThrownBy(() -> service.markUsed(admin, id)).isInstanceOf(ConflictException.class);
        service.issue(admin, id, session());
        assertThat(service.markUsed(admin, id).status()).isEqualTo(PaperStatus.USED);
        assertThatThrownBy(() -> service.voidPaper(admin, id, " ")).isInstanceOf(RuleViolationException.class);
        assertThat(service.find(admin, id).status()).isEqualTo(PaperStatus.USED);
    }

    @Test
    void thirtyTwoConcurrentIssuersNeverIssueAFingerprintTwiceNorAPaperToTwoSessions() throws Exception {
        // 8 disjoint item sets × 2 drafts each = 16 drafts; 32 issuers, each draft targeted by 2 of them
        List<Long> drafts = new ArrayList<>();
        for (int set = 0; set < 8; set++) {
            for (int copy = 0; copy < 2; copy++) {
                drafts.add(draft(items(set * 10 + 1, set * 10 + 10, 0)));
            }
        }
        int issuers = 32;
        List<Long> sessions = new ArrayList<>();
        for (int t = 0; t < issuers; t++) {
            sessions.add(session());
        }
        List<String> outcomes = AtOnce.outcomes(issuers,
                t -> service.issue(admin, drafts.get(t % drafts.size()), sessions.get(t)));

        assertThat(outcomes).filteredOn(AtOnce.ISSUED::equals).hasSize(8);
        assertThat(outcomes).allMatch(o -> o.equals(AtOnce.ISSUED) || o.equals("paper-reused") || o.equals("paper-not-draft"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM issued_fingerprint WHERE institution_id = ?").param(institution)
                .query(Long.class).single()).isEqualTo(8);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT fingerprint) FROM issued_fingerprint WHERE institution_id = ?")
                .param(institution).query(Long.class).single()).isEqualTo(8);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM paper WHERE institution_id = ? AND status = 'ISSUED'")
                .param(institution).query(Long.class).single()).isEqualTo(8);
        // every issued paper carries exactly one session and its usage record names only that session
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM usage_issue u JOIN paper p ON p.id = u.paper_id
                WHERE p.institution_id = ? AND u.session_id <> p.session_id""").param(institution)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT session_id) FROM usage_issue WHERE institution_id = ?")
                .param(institution).query(Long.class).single()).isEqualTo(8);
    }
}
