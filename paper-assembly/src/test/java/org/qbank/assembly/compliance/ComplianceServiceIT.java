package org.qbank.assembly.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qbank.bank.plan.ApprovedSessions.FILED;
import static org.qbank.bank.plan.ApprovedSessions.START;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qbank.assembly.paper.Paper;
import org.qbank.assembly.session.SessionDrawService;
import org.qbank.assembly.testsupport.AssemblyTestApplication;
import org.qbank.assembly.testsupport.ExamFixtures;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.plan.ApprovedSessions;
import org.qbank.bank.plan.BatchView;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@StorageTest
@SpringBootTest(classes = AssemblyTestApplication.class)
class ComplianceServiceIT {

    @Autowired
    ComplianceService compliance;
    @Autowired
    SessionDrawService draws;
    @Autowired
    ExamFixtures fixtures;
    @Autowired
    ApprovedSessions approved;

    @Test
    void theInspectorSeesEverySessionsFingerprintTheProofAndTheOverlapButNoContent() {
        ExamFixtures.Bank bank = fixtures.bank();
        approved.setNow(FILED);
        BatchView batch = approved.approved(bank.institution, bank.occupationCode(), START, 2, 28);
        approved.setNow(START.minus(Duration.ofHours(3)));
        Paper a = draws.issueDrawn(bank.admin, batch.sessions().get(0).id(), bank.theoryPaper(1, 10));
        // shares 3 of 10 items with the first paper
        Paper b = draws.issueDrawn(bank.admin, batch.sessions().get(1).id(), bank.theoryPaper(8, 17));
        Actor inspector = new Actor(99, "ducha", Set.of(Role.INSPECTOR), Set.of(bank.institution));

        ComplianceReport r = compliance.report(inspector, bank.institution, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        assertThat(r.sessions()).extracting(ComplianceReport.SessionLine::sessionCode, ComplianceReport.SessionLine::fingerprint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T1", a.fingerprint().hex()),
                        org.assertj.core.groups.Tuple.tuple("T2", b.fingerprint().hex()));
        assertThat(r.proof().issued()).isEqualTo(2);
        assertThat(r.proof().noRepeat()).isTrue();
        assertThat(r.proof().uniqueKey()).contains("UNIQUE (institution_id, fingerprint)");
        assertThat(r.overlaps()).singleElement().satisfies(o -> {
            assertThat(o.pairs()).isEqualTo(1);
            assertThat(o.maxOverlap()).isEqualByComparingTo("0.3");
            assertThat(o.meanOverlap()).isEqualByComparingTo("0.3");
        });
        assertThat(r.plans()).singleElement().satisfies(p -> {
            assertThat(p.late()).isFalse();
            assertThat(p.filedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(p.supervisors()).containsExactly("郑督导");
        });
        assertThatThrownBy(() -> draws.openForView(inspector, a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> draws.openForDownload(inspector, a.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anExamAdminCannotReadTheReportAndAnEmptyPeriodIsRefused() {
        ExamFixtures.Bank bank = fixtures.bank();
        assertThatThrownBy(() -> compliance.report(bank.admin, bank.institution, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                .isInstanceOf(AccessDeniedException.class);
        Actor inspector = new Actor(99, "ducha", Set.of(Role.INSPECTOR), Set.of(bank.institution));
        assertThatThrownBy(() -> compliance.report(inspector, bank.institution, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(org.qbank.bank.common.RuleViolationException.class);
    }
}
