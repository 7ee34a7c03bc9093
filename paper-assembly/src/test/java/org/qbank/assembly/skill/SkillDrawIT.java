package org.qbank.assembly.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.bank.SkillBankCheck;
import org.qbank.assembly.blueprint.BlueprintTree;
import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.blueprint.SavedSkillBlueprint;
import org.qbank.assembly.blueprint.SkillBlueprintService;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.Shortfall;
import org.qbank.assembly.job.AssemblyJobs;
import org.qbank.assembly.job.JobState;
import org.qbank.assembly.job.JobStatus;
import org.qbank.assembly.paper.NewPaper;
import org.qbank.assembly.paper.Paper;
import org.qbank.assembly.paper.PaperItem;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.paper.PaperStatus;
import org.qbank.assembly.session.SessionDrawService;
import org.qbank.assembly.testsupport.AssemblyTestApplication;
import org.qbank.assembly.testsupport.ExamFixtures;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.config.BankCoreConfiguration;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemTestData;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.ReviewDecision;
import org.qbank.bank.knowledge.ImportKnowledgeTrees;
import org.qbank.bank.knowledge.KnowledgeImportResult;
import org.qbank.bank.knowledge.KnowledgeRow;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.plan.ApprovedSessions;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Skill papers from a real bank: saved skill blueprint, approved tasks, a 操作技能 session, draw and job. */
@StorageTest
@SpringBootTest(classes = AssemblyTestApplication.class)
class SkillDrawIT {

    private static final Instant FILED = china("2026-03-02T10:00");
    private static final Instant START = china("2026-03-20T09:00");

    @Autowired
    ExamFixtures fixtures;
    @Autowired
    ApprovedSessions approved;
    @Autowired
    KnowledgeTreeService trees;
    @Autowired
    ItemService items;
    @Autowired
    SkillBlueprintService blueprints;
    @Autowired
    BankInputs inputs;
    @Autowired
    SessionDrawService draws;
    @Autowired
    PaperService papers;
    @Autowired
    AssemblyJobs jobs;
    @Autowired
    SkillBankCheck check;

    ExamFixtures.Bank bank;
    Actor reviewer;
    /** task codes by module */
    final Map<String, List<String>> tasks = new java.util.HashMap<>();

    private static Instant china(String local) {
        return LocalDateTime.parse(local).atZone(BankCoreConfiguration.ZONE).toInstant();
    }

    @BeforeEach
    void aSkillTreeWithTasksInEveryModule() {
        approved.setNow(FILED);
        bank = fixtures.bank();
        reviewer = ItemTestData.actor(bank.institution, Role.REVIEWER);
        Actor treeAdmin = ItemTestData.actor(bank.institution, Role.INSTITUTION_ADMIN);
        List<KnowledgeRow> rows = new ArrayList<>();
        String[][] modules = {{"A", "焊前准备", "20"}, {"B", "板对接焊", "30"}, {"C", "管对接焊", "30"}, {"D", "焊后检查", "20"}};
        for (String[] m : modules) {
            rows.add(row(m[0], m[1], new BigDecimal(m[2]), null));
            rows.add(row(m[0] + "-001", m[1] + "要点", null, "X"));
        }
        KnowledgeImportResult tree = trees.importTrees(treeAdmin, ImportKnowledgeTrees.of(bank.institution, rows)).get(0);
        int[][] minutes = {{20, 20, 25}, {60, 70}, {60, 60}, {20, 25}};
        for (int m = 0; m < modules.length; m++) {
            long point = trees.node(treeAdmin, tree.treeId(), modules[m][0] + "-001").id();
            for (int t = 0; t < minutes[m].length; t++) {
                ItemView task = items.create(bank.writer, ItemTestData.skillTask(bank.institution, bank.occupation, point,
                        modules[m][1] + " 任务 " + (t + 1), minutes[m][t]));
                items.submit(bank.writer, task.id(), 1);
                items.approve(reviewer, new ReviewDecision(task.id(), 1, "通过"));
                tasks.computeIfAbsent(modules[m][0], k -> new ArrayList<>()).add(task.code().value());
            }
        }
    }

    private KnowledgeRow row(String code, String name, BigDecimal weight, String importance) {
        return new KnowledgeRow(bank.occupationCode(), bank.occupation.getName(), null, "三级", "操作技能", code, name,
                weight, importance);
    }

    private SavedSkillBlueprint saved(String name, int duration) {
        SkillBlueprint b = new SkillBlueprint(name, bank.occupationCode(), null, Level.THREE, List.of(
                new SkillModule("A", "焊前准备", true, 20), new SkillModule("B", "板对接焊", false, 70),
                new SkillModule("C", "管对接焊", false, 60), new SkillModule("D", "焊后检查", true, 25)), 1, duration,
                ExposurePolicy.defaults().withMaxEarlierOverlap("0.50"));
        return blueprints.saveSkill(bank.admin, bank.institution, b,
                inputs.skillTree(bank.admin, bank.institution, b).orElseThrow().tree());
    }

    @Test
    void aSkillBlueprintIsSavedAgainstTheSkillTreeAndReadBack() {
        SavedSkillBlueprint saved = saved("焊工三级操作技能", 120);
        SkillBlueprint read = blueprints.getSkill(bank.admin, saved.id()).blueprint();
        assertThat(read.modules()).extracting(SkillModule::code).containsExactly("A", "B", "C", "D");
        assertThat(read.chooseElective()).isEqualTo(1);
        assertThat(read.exposure().maxEarlierOverlap()).isEqualByComparingTo("0.50");
        assertThat(read.totalScore()).isEqualTo(100);
        assertThat(blueprints.listSkill(bank.admin, bank.institution)).hasSize(1);
        SkillBlueprint unknownModule = new SkillBlueprint("错", bank.occupationCode(), null, Level.THREE,
                List.of(new SkillModule("Z", "不存在", true, 20)), 0, 60, null);
        assertThatThrownBy(() -> blueprints.saveSkill(bank.admin, bank.institution, unknownModule,
                inputs.skillTree(bank.admin, bank.institution, unknownModule).orElseThrow().tree()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ": " + v.message()).containsExactly("modules[0].code: 细目表中没有鉴定范围 Z"));
    }

    @Test
    void aSkillSessionDrawsAFreshSkillPaperWithinItsTime() {
        long session = approved.approvedSkill(bank.institution, bank.occupationCode(), START, 120, 5).sessions().get(0).id();
        SavedSkillBlueprint bp = saved("焊工三级操作技能", 150);
        approved.setNow(START.minus(Duration.ofHours(3)));
        Paper paper = draws.drawSkill(bank.admin, session, bp.id());
        assertThat(paper.status()).isEqualTo(PaperStatus.ISSUED);
        assertThat(paper.scope().subject()).isEqualTo(Subject.SKILL);
        List<String> codes = paper.items().stream().map(PaperItem::itemCode).toList();
        assertThat(codes).hasSize(3);
        assertThat(codes.get(0)).isIn(tasks.get("A"));
        assertThat(codes.get(2)).isIn(tasks.get("D"));
        // the session lasts 120 minutes: 20/25 + 60/70 + 20/25 must fit, so never 25 + 70 + 25
        int minutes = paper.items().stream().mapToInt(i -> items.get(bank.admin, i.itemId()).latest().content()
                .skill().durationMinutes()).sum();
        assertThat(minutes).isLessThanOrEqualTo(120);
        assertThat(papers.issuedTo(bank.admin, session)).get().extracting(Paper::id).isEqualTo(paper.id());
        // 配分 by the 技能要求权重表 (A 20, B 30, C 30, D 20; one of B, C drawn: the 选考 group's 60), read back
        assertThat(papers.issuedTo(bank.admin, session).orElseThrow().items()).extracting(PaperItem::points)
                .containsExactly(new BigDecimal("20"), new BigDecimal("60"), new BigDecimal("20"));
        assertThatThrownBy(() -> draws.drawSkill(bank.admin, session, bp.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("session-has-paper"));
    }

    @Test
    void aSkillPaperIsDrawnThroughAnAssemblyJobAndItsTaskSetIsNeverIssuedAgain() throws Exception {
        long session = approved.approvedSkill(bank.institution, bank.occupationCode(), START, 150, 5).sessions().get(0).id();
        long other = approved.approvedSkill(bank.institution, bank.occupationCode(), START, 150, 5).sessions().get(0).id();
        SavedSkillBlueprint bp = saved("焊工三级操作技能", 150);
        approved.setNow(START.minus(Duration.ofHours(3)));
        SkillRequest request = draws.skillRequest(bank.admin, session, bp.id(), 11);
        UUID job = jobs.submitSkill(bank.admin, bank.institution, request, AssemblyOptions.firstFeasible(Duration.ofSeconds(20)));
        JobStatus status = jobs.status(bank.admin, job);
        for (int i = 0; i < 600 && status.state() != JobState.DONE && status.state() != JobState.FAILED; i++) {
            Thread.sleep(100);
            status = jobs.status(bank.admin, job);
        }
        assertThat(status.state()).isEqualTo(JobState.DONE);
        assertThat(status.outcome().assembled()).isTrue();
        NewPaper drawn = NewPaper.ofSkill(bank.institution, request.blueprint(), status.outcome().papers().get(0));
        Paper issued = draws.issueDrawn(bank.admin, session, drawn);
        assertThat(issued.fingerprint()).isEqualTo(status.outcome().papers().get(0).fingerprint());

        // the same tasks in another order, for another skill session: refused as reuse
        List<PaperItem> reversed = new ArrayList<>();
        for (int i = drawn.items().size() - 1; i >= 0; i--) {
            PaperItem p = drawn.items().get(i);
            reversed.add(new PaperItem(reversed.size() + 1, p.itemId(), p.itemCode(), p.versionId()));
        }
        NewPaper again = new NewPaper(bank.institution, drawn.scope(), drawn.blueprintName(), reversed,
                drawn.maxEarlierOverlap(), drawn.lookBackMonths());
        assertThatThrownBy(() -> draws.issueDrawn(bank.admin, other, again))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("paper-reused"));
        // a fresh solve for the other session sees the issued paper and avoids it
        SkillRequest next = draws.skillRequest(bank.admin, other, bp.id(), 11);
        assertThat(next.earlierPapers()).hasSize(1);
        Paper second = draws.drawSkill(bank.admin, other, bp.id());
        assertThat(second.fingerprint()).isNotEqualTo(issued.fingerprint());
    }

    @Test
    void aSessionTooShortForAnyCombinationIsRefusedWithItsShortfall() {
        long session = approved.approvedSkill(bank.institution, bank.occupationCode(), START, 120, 5).sessions().get(0).id();
        SkillBlueprint b = new SkillBlueprint("太长", bank.occupationCode(), null, Level.THREE, List.of(
                new SkillModule("A", "焊前准备", true, 20), new SkillModule("B", "板对接焊", false, 70),
                new SkillModule("C", "管对接焊", false, 60), new SkillModule("D", "焊后检查", true, 25)), 2, 175, null);
        SavedSkillBlueprint bp = blueprints.saveSkill(bank.admin, bank.institution, b,
                inputs.skillTree(bank.admin, bank.institution, b).orElseThrow().tree());
        approved.setNow(START.minus(Duration.ofHours(3)));
        assertThatThrownBy(() -> draws.drawSkill(bank.admin, session, bp.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("可用试题中最短的组合也需 160 分钟, 超过考试时长 120 分钟")
                .satisfies(e -> assertThat(papers.issuedTo(bank.admin, session)).isEmpty());
    }

    @Test
    void aSkillBlueprintWhoseModuleWeightsDoNotAddUpIsRefusedNamingEachModule() {
        SkillBlueprint b = new SkillBlueprint("缺模块", bank.occupationCode(), null, Level.THREE, List.of(
                new SkillModule("A", "焊前准备", true, 20), new SkillModule("B", "板对接焊", false, 70),
                new SkillModule("D", "焊后检查", true, 25)), 1, 120, null);
        assertThatThrownBy(() -> blueprints.saveSkill(bank.admin, bank.institution, b,
                inputs.skillTree(bank.admin, bank.institution, b).orElseThrow().tree()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ": " + v.message()).containsExactly("modules: 各模块鉴定比重合计 70, "
                                + "应为 100 (必考 A 焊前准备 20、D 焊后检查 20; 选考 B 板对接焊 30)"));
        assertThat(blueprints.listSkill(bank.admin, bank.institution)).isEmpty();
    }
    private SkillBlueprint edited(String name, int duration) {
        return new SkillBlueprint(name, bank.occupationCode(), null, Level.THREE, List.of(
                new SkillModule("A", "焊前准备", true, 20), new SkillModule("B", "板对接焊", false, 70),
                new SkillModule("C", "管对接焊", false, 60), new SkillModule("D", "焊后检查", true, 25)), 1, duration, null);
    }

    private BlueprintTree skillTree(SkillBlueprint b) {
        return inputs.skillTree(bank.admin, bank.institution, b).orElseThrow().tree();
    }

    @Test
    void anUnusedSkillBlueprintIsRevisedInPlaceAndOneAPaperWasDrawnUnderIsCopied() {
        SavedSkillBlueprint bp = saved("焊工三级操作技能", 150);
        SkillBlueprintService.SkillRevision r = blueprints.reviseSkill(bank.admin, bp.id(), edited("焊工三级操作技能", 140),
                skillTree(edited("x", 140)), bp.updatedAt());
        assertThat(r.copied()).isFalse();
        assertThat(r.saved().id()).isEqualTo(bp.id());
        assertThat(blueprints.getSkill(bank.admin, bp.id()).blueprint().durationMinutes()).isEqualTo(140);
        assertThat(blueprints.getSkill(bank.admin, bp.id()).blueprint().modules()).extracting(SkillModule::minutes)
                .containsExactly(20, 70, 60, 25);
        // the editor's copy is stale now
        assertThatThrownBy(() -> blueprints.reviseSkill(bank.admin, bp.id(), edited("焊工三级操作技能", 130),
                skillTree(edited("x", 130)), bp.updatedAt()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-blueprint"));
        // a bad edit names its field and changes nothing
        SkillBlueprint bad = new SkillBlueprint("焊工三级操作技能", bank.occupationCode(), null, Level.THREE, List.of(
                new SkillModule("A", "焊前准备", true, 20), new SkillModule("D", "焊后检查", true, 25)), 0, 140, null);
        Instant current = blueprints.getSkill(bank.admin, bp.id()).updatedAt();
        assertThatThrownBy(() -> blueprints.reviseSkill(bank.admin, bp.id(), bad, skillTree(bad), current))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("modules"));
        assertThat(blueprints.getSkill(bank.admin, bp.id()).blueprint().modules()).hasSize(4);

        long session = approved.approvedSkill(bank.institution, bank.occupationCode(), START, 150, 5).sessions().get(0).id();
        approved.setNow(START.minus(Duration.ofHours(3)));
        draws.drawSkill(bank.admin, session, bp.id());
        assertThat(blueprints.skillPapersUsing(bank.admin, bp.id())).isEqualTo(1);
        Instant afterDraw = blueprints.getSkill(bank.admin, bp.id()).updatedAt();
        assertThatThrownBy(() -> blueprints.reviseSkill(bank.admin, bp.id(), edited("焊工三级操作技能", 120),
                skillTree(edited("x", 120)), afterDraw))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ": " + v.message()).containsExactly("name: 组卷方案 焊工三级操作技能 已用于 1 份试卷, "
                                + "不能修改; 修改后的方案将另存为新方案, 请另起一个名称"));
        SkillBlueprintService.SkillRevision copy = blueprints.reviseSkill(bank.admin, bp.id(),
                edited("焊工三级操作技能 (修订)", 120), skillTree(edited("x", 120)), afterDraw);
        assertThat(copy.copied()).isTrue();
        assertThat(copy.saved().id()).isNotEqualTo(bp.id());
        assertThat(copy.saved().blueprint().durationMinutes()).isEqualTo(120);
        assertThat(blueprints.getSkill(bank.admin, bp.id()).blueprint().durationMinutes()).isEqualTo(140);
        assertThat(blueprints.skillPapersUsing(bank.admin, copy.saved().id())).isZero();
    }

    @Test
    void theCheckOfAnUnsavedSkillBlueprintListsWhatEachModuleOffers() {
        SkillBankCheck.Result ok = check.check(bank.admin, bank.institution, edited("未保存", 150));
        assertThat(ok.feasibleByCounting()).isTrue();
        assertThat(ok.candidates()).isEqualTo(9);
        assertThat(ok.modules()).extracting(m -> m.module().code() + " " + m.tasks() + " 道, 最短 " + m.shortestMinutes()
                        + ", 比重 " + m.weight().stripTrailingZeros().toPlainString() + ", 配分 " + m.points().min() + "–" + m.points().max())
                .containsExactly("A 3 道, 最短 20, 比重 20, 配分 20–20", "B 2 道, 最短 60, 比重 30, 配分 60–60",
                        "C 2 道, 最短 60, 比重 30, 配分 60–60", "D 2 道, 最短 20, 比重 20, 配分 20–20");
        SkillBankCheck.Result tooShort = check.check(bank.admin, bank.institution, edited("太短", 80));
        assertThat(tooShort.problems()).extracting(v -> v.field()).containsExactly("durationMinutes");
        SkillBlueprint twoElectives = new SkillBlueprint("两个选考", bank.occupationCode(), null, Level.THREE, List.of(
                new SkillModule("A", "焊前准备", true, 20), new SkillModule("B", "板对接焊", false, 30),
                new SkillModule("C", "管对接焊", false, 30), new SkillModule("D", "焊后检查", true, 20)), 2, 120, null);
        SkillBankCheck.Result shortfall = check.check(bank.admin, bank.institution, twoElectives);
        assertThat(shortfall.problems()).isEmpty();
        assertThat(shortfall.shortfalls()).extracting(Shortfall::message)
                .containsExactly("可用试题中最短的组合也需 160 分钟, 超过考试时长 120 分钟");
    }
}
