package org.qbank.assembly.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.blueprint.SavedSkillBlueprint;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.assembly.draw.AssembledPaper;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.PickedItem;
import org.qbank.assembly.draw.SolveListener;
import org.qbank.assembly.draw.Verdict;
import org.qbank.assembly.job.AssemblyJobs;
import org.qbank.assembly.job.JobState;
import org.qbank.assembly.job.JobStatus;
import org.qbank.assembly.paper.NewPaper;
import org.qbank.assembly.paper.Paper;
import org.qbank.assembly.paper.PaperItem;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.paper.PaperStatus;
import org.qbank.assembly.skill.SkillAssembler;
import org.qbank.assembly.testsupport.AssemblyTestApplication;
import org.qbank.assembly.testsupport.ExamFixtures;
import org.qbank.assembly.testsupport.SkillBank;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.config.BankCoreConfiguration;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.plan.ApprovedSessions;
import org.qbank.bank.plan.SessionView;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 备用卷 of 操作技能 sessions: a skill batch form draws a paper for each skill session and the spares as one job,
 * no two of them sharing more than the batch limit; a spare replaces a voided skill paper under every draw rule.
 */
@StorageTest
@SpringBootTest(classes = AssemblyTestApplication.class)
class SkillSparesIT {

    private static final Instant FILED = china("2026-03-02T10:00");
    private static final Instant START = china("2026-03-20T09:00");

    @Autowired
    ExamFixtures fixtures;
    @Autowired
    SkillBank skillBank;
    @Autowired
    ApprovedSessions approved;
    @Autowired
    BatchDraws batchDraws;
    @Autowired
    AssemblyJobs jobs;
    @Autowired
    PaperService papers;
    @Autowired
    SessionDrawService draws;

    ExamFixtures.Bank bank;
    Map<String, List<ItemView>> tasks;
    long batchId;
    SavedSkillBlueprint blueprint;

    private static Instant china(String local) {
        return LocalDateTime.parse(local).atZone(BankCoreConfiguration.ZONE).toInstant();
    }

    @BeforeEach
    void twoSkillSessionsAndTasksForFourDisjointPapers() {
        approved.setNow(FILED);
        bank = fixtures.bank();
        // four tasks in each 必考 module and two in each 选考 one: four papers of three tasks sharing none
        tasks = skillBank.tasks(bank, new SkillBank.Module("A", "焊前准备", new BigDecimal("20"), 20, 20, 25, 20),
                new SkillBank.Module("B", "板对接焊", new BigDecimal("30"), 60, 70),
                new SkillBank.Module("C", "管对接焊", new BigDecimal("30"), 60, 60),
                new SkillBank.Module("D", "焊后检查", new BigDecimal("20"), 20, 25, 20, 20));
        blueprint = skillBank.save(bank, new SkillBlueprint("焊工三级操作技能", bank.occupationCode(), null, Level.THREE,
                List.of(new SkillModule("A", "焊前准备", true, 25), new SkillModule("B", "板对接焊", false, 70),
                        new SkillModule("C", "管对接焊", false, 60), new SkillModule("D", "焊后检查", true, 25)),
                1, 150, null));
        batchId = approved.approvedSkillSessions(bank.institution, bank.occupationCode(), START, 5, 150, 120).id();
        approved.setNow(START.minus(Duration.ofHours(3)));
    }

    @Test
    void aSkillBatchFormDrawsEachSessionsPaperAndItsSparesAndASpareReplacesAVoidedPaper() throws Exception {
        BatchDraws.SkillBatchForm form = batchDraws.skillRequest(bank.admin, batchId, blueprint.id(), 1, 5);
        assertThat(form.sessions()).extracting(SessionView::code).containsExactly("S1", "S2");
        assertThat(form.spares()).isEqualTo(2);
        assertThat(form.papers()).isEqualTo(4);
        // the shorter session bounds every paper of the form, so any spare fits either session
        assertThat(form.request().blueprint().durationMinutes()).isEqualTo(120);

        UUID job = jobs.submitSkill(bank.admin, bank.institution, form.request(),
                AssemblyOptions.firstFeasible(Duration.ofSeconds(20)), form.papers(), form.spares());
        JobStatus status = jobs.status(bank.admin, job);
        for (int i = 0; i < 600 && status.state() != JobState.DONE && status.state() != JobState.FAILED; i++) {
            Thread.sleep(100);
            status = jobs.status(bank.admin, job);
        }
        assertThat(status.state()).isEqualTo(JobState.DONE);
        assertThat(status.spares()).isEqualTo(2);
        List<AssembledPaper> drawn = status.outcome().papers();
        assertThat(drawn).hasSize(4);
        // the batch limit ⌊0.10·3⌋ = 0: no task on two papers of the form
        Set<Long> seen = new HashSet<>();
        drawn.forEach(p -> p.items().forEach(i -> assertThat(seen.add(i.itemId())).as("task %s twice", i.itemCode()).isTrue()));

        // kept as the portal keeps them: a draft for each session, the last two as 备用卷
        List<Long> kept = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            NewPaper p = NewPaper.ofSkill(bank.institution, form.request().blueprint(), drawn.get(i));
            kept.add(i < 2 ? papers.saveDraft(bank.admin, p) : papers.saveSpare(bank.admin, p));
        }
        long s1 = form.sessions().get(0).id();
        long s2 = form.sessions().get(1).id();
        assertThat(papers.sparesFor(bank.admin, s2)).extracting(Paper::id).containsExactly(kept.get(2), kept.get(3));
        assertThat(papers.sparesFor(bank.admin, s2)).allSatisfy(p -> {
            assertThat(p.scope().subject()).isEqualTo(Subject.SKILL);
            assertThat(p.items()).extracting(PaperItem::points).doesNotContainNull();
        });

        Paper first = draws.issueDraft(bank.admin, s1, kept.get(0));
        Paper second = draws.issueDraft(bank.admin, s2, kept.get(1));
        assertThat(List.of(first.status(), second.status())).containsOnly(PaperStatus.ISSUED);
        // every session of the batch has its paper now: a second form has nothing to draw for
        assertThatThrownBy(() -> batchDraws.skillRequest(bank.admin, batchId, blueprint.id(), 1, 6))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("没有与组卷方案 焊工三级操作技能 (三级操作技能)");

        Paper replacement = draws.replace(bank.admin, second.id(), "试题单印刷错误", new Replacement.Spare(kept.get(2)));
        assertThat(replacement.id()).isEqualTo(kept.get(2));
        assertThat(replacement.status()).isEqualTo(PaperStatus.ISSUED);
        assertThat(replacement.sessionId()).isEqualTo(s2);
        assertThat(replacement.replacesPaperId()).isEqualTo(second.id());
        assertThat(papers.find(bank.admin, second.id()).status()).isEqualTo(PaperStatus.VOIDED);
        assertThat(papers.issuedTo(bank.admin, s2)).get().extracting(Paper::id).isEqualTo(kept.get(2));
        assertThat(papers.sparesFor(bank.admin, s1)).extracting(Paper::id).containsExactly(kept.get(3));
        assertThat(papers.trail(bank.admin, replacement.id())).extracting(r -> r.action())
                .contains("PAPER_VOIDED", "PAPER_REPLACED", "PAPER_DRAWN");

        // the used spare cannot be issued again, and the other spare cannot go to a session that has its paper
        assertThatThrownBy(() -> draws.issueSpare(bank.admin, s1, kept.get(2)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("not-a-spare"));
        assertThatThrownBy(() -> draws.issueSpare(bank.admin, s1, kept.get(3)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("session-has-paper"));
        assertThat(papers.find(bank.admin, kept.get(3)).status()).isEqualTo(PaperStatus.DRAFT);
    }

    @Test
    void aFormTheBankCannotGiveFailsAtThePaperThatCannotBeFormedAndSparesStayInRange() {
        assertThatThrownBy(() -> batchDraws.skillRequest(bank.admin, batchId, blueprint.id(), 4, 5))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("每个场次的备用卷须在 0 到 3 套之间: 4");
        // two sessions with two spares each: six disjoint papers, but 焊前准备 has four tasks
        BatchDraws.SkillBatchForm form = batchDraws.skillRequest(bank.admin, batchId, blueprint.id(), 2, 5);
        assertThat(form.papers()).isEqualTo(6);
        AssemblyOutcome outcome = SkillAssembler.assemble(form.request(), form.papers(),
                AssemblyOptions.firstFeasible(Duration.ofSeconds(10)), SolveListener.NONE);
        assertThat(outcome.verdict()).isEqualTo(Verdict.IMPOSSIBLE);
        assertThat(outcome.papers()).isEmpty();
        assertThat(outcome.explanation()).contains("必考模块 A 焊前准备 需要 1 道操作技能试题; 可用的已审定试题只有 0 道, "
                + "另有 4 道已用在同批先组成的 4 套试卷中");
    }
}
