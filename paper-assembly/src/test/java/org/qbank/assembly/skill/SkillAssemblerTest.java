package org.qbank.assembly.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.assembly.draw.AssembledPaper;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.EarlierPaper;
import org.qbank.assembly.draw.PickedItem;
import org.qbank.assembly.draw.Shortfall;
import org.qbank.assembly.draw.SolveListener;
import org.qbank.assembly.draw.Verdict;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;

class SkillAssemblerTest {

    private static final AssemblyOptions OPTIONS = AssemblyOptions.firstFeasible(Duration.ofSeconds(10));

    /** 焊前准备 (必考) + one of 板对接/管对接/角接 (选考 2 of 3) + 焊后检查 (必考), 150 minutes. */
    private static SkillBlueprint blueprint(String overlap) {
        return new SkillBlueprint("焊工三级操作技能", "6-18-02-04", null, Level.THREE, List.of(
                new SkillModule("1", "焊前准备", true, 20), new SkillModule("2", "板对接焊", false, 50),
                new SkillModule("3", "管对接焊", false, 50), new SkillModule("5", "角接焊", false, 50),
                new SkillModule("4", "焊后检查", true, 20)), 2, 150,
                ExposurePolicy.defaults().withMaxEarlierOverlap(overlap));
    }

    /** Module m gets tasks m01..m0n; electives of module 3 are long (70 minutes). */
    private static List<SkillTaskCandidate> bank(int perModule) {
        List<SkillTaskCandidate> out = new ArrayList<>();
        long id = 1;
        for (String m : List.of("1", "2", "3", "4", "5")) {
            for (int i = 1; i <= perModule; i++) {
                int minutes = switch (m) {
                    case "1", "4" -> 20;
                    case "3" -> 70;
                    default -> 50;
                };
                out.add(new SkillTaskCandidate(id, "JN-" + m + "-" + i, id * 100, m, minutes, (int) (id % 3), true));
                id++;
            }
        }
        return out;
    }

    private static List<String> modules(AssembledPaper p) {
        return p.items().stream().map(PickedItem::rangeCode).toList();
    }

    @Test
    void aSkillPaperHasEveryRequiredModuleAndTwoDifferentElectivesWithinTheSessionTime() {
        AssemblyOutcome out = SkillAssembler.assemble(new SkillRequest(blueprint("0.30"), bank(4), List.of(), 7), OPTIONS);
        assertThat(out.verdict()).isEqualTo(Verdict.ASSEMBLED);
        AssembledPaper paper = out.papers().get(0);
        assertThat(paper.items()).hasSize(4);
        List<String> modules = modules(paper);
        assertThat(modules).startsWith("1").endsWith("4").doesNotHaveDuplicates();
        // 20 + 20 + two electives within 150 minutes: module 3 (70) fits with one 50-minute elective only
        int minutes = paper.items().stream().mapToInt(p -> bank(4).stream().filter(c -> c.itemId() == p.itemId())
                .findFirst().orElseThrow().minutes()).sum();
        assertThat(minutes).isLessThanOrEqualTo(150);
    }

    @Test
    void theSameSeedGivesTheSamePaper() {
        SkillRequest request = new SkillRequest(blueprint("0.30"), bank(6), List.of(), 42);
        AssembledPaper a = SkillAssembler.assemble(request, OPTIONS).papers().get(0);
        AssembledPaper b = SkillAssembler.assemble(request, OPTIONS).papers().get(0);
        assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
    }

    @Test
    void leastUsedTasksAreChosen() {
        List<SkillTaskCandidate> tasks = new ArrayList<>(bank(1));
        // a second, never used task in module 1 beside one used in 5 sessions
        tasks.set(0, new SkillTaskCandidate(1, "JN-1-1", 100, "1", 20, 5, true));
        tasks.add(new SkillTaskCandidate(99, "JN-1-9", 9900, "1", 20, 0, true));
        AssembledPaper paper = SkillAssembler.assemble(new SkillRequest(blueprint("0.30"), tasks, List.of(), 1), OPTIONS)
                .papers().get(0);
        assertThat(paper.items()).extracting(PickedItem::itemCode).contains("JN-1-9").doesNotContain("JN-1-1");
    }

    @Test
    void overlapWithEarlierSkillPapersStaysWithinPolicyAndAnIssuedSetIsNeverRepeated() {
        List<SkillTaskCandidate> tasks = bank(2);
        // earlier papers used tasks 1 (module 1), 3 (module 2), 9 (module 5), 7 (module 4)
        EarlierPaper recent = new EarlierPaper("试卷 1", Set.of(1L, 3L, 9L, 7L), true);
        // ⌊0.5·4⌋ = 2 shared at most
        AssemblyOutcome out = SkillAssembler.assemble(new SkillRequest(blueprint("0.50"), tasks, List.of(recent), 3), OPTIONS);
        assertThat(out.verdict()).isEqualTo(Verdict.ASSEMBLED);
        long shared = out.papers().get(0).items().stream().filter(p -> recent.itemIds().contains(p.itemId())).count();
        assertThat(shared).isLessThanOrEqualTo(2);
    }

    @Test
    void aTooSmallBankIsAnsweredWithTheExactShortfallInChinese() {
        List<SkillTaskCandidate> tasks = bank(1).stream().filter(t -> !t.moduleCode().equals("4")
                && !t.moduleCode().equals("2") && !t.moduleCode().equals("5")).toList();
        AssemblyOutcome out = SkillAssembler.assemble(new SkillRequest(blueprint("0.30"), tasks, List.of(), 1), OPTIONS);
        assertThat(out.verdict()).isEqualTo(Verdict.IMPOSSIBLE);
        assertThat(out.shortfalls()).extracting(Shortfall::message).containsExactly(
                "必考模块 4 焊后检查 需要 1 道操作技能试题; 可用的已审定试题只有 0 道",
                "选考模块需选 2 个, 有可用已审定试题的只有 1 个 (没有试题: 2 板对接焊; 5 角接焊)");
    }

    @Test
    void tasksOfRecentPapersAreCountedOutWhenNoOverlapIsAllowed() {
        List<SkillTaskCandidate> tasks = bank(1);
        EarlierPaper recent = new EarlierPaper("试卷 1", Set.of(4L), true); // the only 焊后检查 task
        AssemblyOutcome out = SkillAssembler.assemble(new SkillRequest(blueprint("0.10"), tasks, List.of(recent), 1), OPTIONS);
        assertThat(out.verdict()).isEqualTo(Verdict.IMPOSSIBLE);
        assertThat(out.explanation()).containsExactly(
                "必考模块 4 焊后检查 需要 1 道操作技能试题; 可用的已审定试题只有 0 道, 另有 1 道出现在近期 1 套往期试卷中");
    }

    @Test
    void theShortestCombinationLongerThanTheSessionIsImpossible() {
        List<SkillTaskCandidate> tasks = bank(1).stream().filter(t -> !t.moduleCode().equals("2")).toList();
        // electives left: module 3 (70) and module 5 (50): 20 + 20 + 70 + 50 = 160 > 150
        AssemblyOutcome out = SkillAssembler.assemble(new SkillRequest(blueprint("0.30"), tasks, List.of(), 1), OPTIONS);
        assertThat(out.explanation()).containsExactly("可用试题中最短的组合也需 160 分钟, 超过考试时长 150 分钟");
    }

    /** The task {@code id} of the bank, placed in the 互斥组 {@code group}. */
    private static List<SkillTaskCandidate> inGroup(List<SkillTaskCandidate> bank, String group, long... ids) {
        List<SkillTaskCandidate> out = new ArrayList<>();
        for (SkillTaskCandidate c : bank) {
            boolean hit = java.util.Arrays.stream(ids).anyMatch(id -> id == c.itemId());
            out.add(hit ? new SkillTaskCandidate(c.itemId(), c.itemCode(), c.versionId(), c.moduleCode(), c.minutes(),
                    c.sessionsIssued(), c.approved(), group) : c);
        }
        return out;
    }

    @Test
    void twoTasksOfOneEnemyGroupNeverShareAPaperEvenWhenBothAreTheLeastUsed() {
        // modules 1 and 4 each: an unused task of 互斥组 G and one used in 5 sessions outside any group
        List<SkillTaskCandidate> tasks = new ArrayList<>(bank(2));
        tasks.replaceAll(c -> switch ((int) c.itemId()) {
            case 1, 7 -> new SkillTaskCandidate(c.itemId(), c.itemCode(), c.versionId(), c.moduleCode(), c.minutes(), 0,
                    true, "G");
            case 2, 8 -> new SkillTaskCandidate(c.itemId(), c.itemCode(), c.versionId(), c.moduleCode(), c.minutes(), 5,
                    true);
            default -> c;
        });
        for (long seed = 1; seed <= 5; seed++) {
            AssemblyOutcome out = SkillAssembler.assemble(new SkillRequest(blueprint("0.30"), tasks, List.of(), seed),
                    OPTIONS);
            assertThat(out.verdict()).isEqualTo(Verdict.ASSEMBLED);
            List<Long> ids = out.papers().get(0).items().stream().map(PickedItem::itemId).toList();
            assertThat(ids.contains(1L) && ids.contains(7L)).as("tasks 1 and 7 of 互斥组 G on one paper").isFalse();
            assertThat(ids).containsAnyOf(1L, 7L);
        }
    }

    @Test
    void twoRequiredModulesWhoseTasksAllShareAnEnemyGroupAreImpossibleAndSayWhy() {
        // modules 1 (tasks 1, 2) and 4 (tasks 7, 8) hold only tasks of 互斥组 G
        List<SkillTaskCandidate> tasks = inGroup(bank(2), "G", 1, 2, 7, 8);
        AssemblyOutcome out = SkillAssembler.assemble(new SkillRequest(blueprint("0.30"), tasks, List.of(), 1), OPTIONS);
        assertThat(out.verdict()).isEqualTo(Verdict.IMPOSSIBLE);
        assertThat(out.explanation()).containsExactly("必考模块 4 焊后检查 需要 1 道操作技能试题; 可用的已审定试题只有 0 道, "
                + "另有 2 道与必考模块 1 焊前准备 的可用试题同属互斥组 G (互斥题不同卷)");
    }

    @Test
    void electiveModulesWhoseTasksAllShareAnEnemyGroupCountAsOne() {
        // choose 2 of 2, 3, 5: module 5 has no task, modules 2 (3, 4) and 3 (5, 6) only tasks of 互斥组 E
        List<SkillTaskCandidate> tasks = inGroup(bank(2), "E", 3, 4, 5, 6).stream()
                .filter(t -> !t.moduleCode().equals("5")).toList();
        AssemblyOutcome out = SkillAssembler.assemble(new SkillRequest(blueprint("0.30"), tasks, List.of(), 1), OPTIONS);
        assertThat(out.verdict()).isEqualTo(Verdict.IMPOSSIBLE);
        assertThat(out.explanation()).containsExactly("选考模块需选 2 个, 互斥题不同卷允许的只有 1 个 (2 板对接焊、3 管对接焊 "
                + "的可用试题都属于互斥组 E, 同一试卷只能有其中一道)");
    }

    @Test
    void aRequiredModuleHoldingOnlyOneGroupTakesThatGroupFromTheElectives() {
        // module 1 holds only 互斥组 E (task 1), as do all tasks of modules 2 and 3: only module 5 is left to choose
        List<SkillTaskCandidate> tasks = inGroup(bank(1), "E", 1, 2, 3);
        AssemblyOutcome out = SkillAssembler.assemble(new SkillRequest(blueprint("0.30"), tasks, List.of(), 1), OPTIONS);
        assertThat(out.explanation()).containsExactly("选考模块需选 2 个, 有可用已审定试题的只有 1 个 (没有试题: "
                + "2 板对接焊, 另有 1 道与必考模块 1 焊前准备 的可用试题同属互斥组 E (互斥题不同卷); "
                + "3 管对接焊, 另有 1 道与必考模块 1 焊前准备 的可用试题同属互斥组 E (互斥题不同卷))");
    }

    @Test
    void aMarkedPairIsAnEnemyGroupOfItsOwnBesideTheTasksGroups() {
        // task 1 (module 1) lies in 互斥组 E with task 3 (module 2); task 1 is also marked against task 5 (module 3)
        List<SkillTaskCandidate> tasks = inGroup(bank(2), "E", 1, 3);
        SkillRequest marked = new SkillRequest(blueprint("0.30"), tasks, List.of(), 1)
                .withEnemyGroups(List.of(Set.of("JN-1-1", "JN-3-1")));
        for (long seed = 1; seed <= 5; seed++) {
            AssemblyOutcome out = SkillAssembler.assemble(new SkillRequest(marked.blueprint(), tasks, List.of(), seed,
                    Map.of(), marked.enemyGroups(), List.of()), OPTIONS);
            assertThat(out.verdict()).isEqualTo(Verdict.ASSEMBLED);
            List<Long> ids = out.papers().get(0).items().stream().map(PickedItem::itemId).toList();
            assertThat(ids.contains(1L) && ids.contains(3L)).as("tasks 1 and 3 of 互斥组 E on one paper").isFalse();
            assertThat(ids.contains(1L) && ids.contains(5L)).as("marked tasks 1 and 5 on one paper").isFalse();
        }
        // module 1 left with task 1 alone: both its groups leave the other modules, each named in the shortfall
        List<SkillTaskCandidate> alone = tasks.stream().filter(t -> t.itemId() != 2).toList();
        SkillRequest request = new SkillRequest(blueprint("0.30"), alone, List.of(), 1)
                .withEnemyGroups(List.of(Set.of("JN-1-1", "JN-3-1"), Set.of("JN-1-1", "JN-2-2", "JN-3-2")));
        assertThat(SkillAssembler.assemble(request, OPTIONS).explanation()).containsExactly("选考模块需选 2 个, "
                + "有可用已审定试题的只有 1 个 (没有试题: 2 板对接焊, 另有 1 道与必考模块 1 焊前准备 的可用试题同属互斥组 E (互斥题不同卷), "
                + "另有 1 道与必考模块 1 焊前准备 的可用试题同属互斥组 标记互斥题 JN-1-1、JN-2-2、JN-3-2 (互斥题不同卷); "
                + "3 管对接焊, 另有 1 道与必考模块 1 焊前准备 的可用试题同属互斥组 标记互斥题 JN-1-1、JN-2-2、JN-3-2 (互斥题不同卷), "
                + "另有 1 道与必考模块 1 焊前准备 的可用试题同属互斥组 标记互斥题 JN-1-1、JN-3-1 (互斥题不同卷))");
    }

    @Test
    void aBatchFormsPapersShareNoMoreThanTheBatchLimitWithOneAnother() {
        // four tasks per module; ⌊0.10·4⌋ = 0: three papers share no task
        AssemblyOutcome out = SkillAssembler.assemble(new SkillRequest(blueprint("0.30"), bank(4), List.of(), 9), 3,
                OPTIONS, SolveListener.NONE);
        assertThat(out.verdict()).isEqualTo(Verdict.ASSEMBLED);
        assertThat(out.papers()).hasSize(3);
        Set<Long> seen = new java.util.HashSet<>();
        out.papers().forEach(p -> {
            assertThat(modules(p)).startsWith("1").endsWith("4").doesNotHaveDuplicates();
            p.items().forEach(i -> assertThat(seen.add(i.itemId())).as("task %s on two papers", i.itemCode()).isTrue());
        });
        // a batch share of 0.50 lets two papers share ⌊0.5·4⌋ = 2 tasks: with two tasks per module, five papers
        SkillBlueprint loose = new SkillBlueprint("焊工三级操作技能", "6-18-02-04", null, Level.THREE,
                blueprint("0.30").modules(), 2, 150, ExposurePolicy.defaults().withMaxBatchOverlap("0.50"));
        AssemblyOutcome five = SkillAssembler.assemble(new SkillRequest(loose, bank(2), List.of(), 9), 5, OPTIONS,
                SolveListener.NONE);
        assertThat(five.verdict()).isEqualTo(Verdict.ASSEMBLED);
        for (int i = 0; i < 5; i++) {
            for (int j = i + 1; j < 5; j++) {
                Set<Long> a = new java.util.HashSet<>(five.papers().get(i).items().stream().map(PickedItem::itemId).toList());
                a.retainAll(five.papers().get(j).items().stream().map(PickedItem::itemId).toList());
                assertThat(a).as("papers %d and %d", i + 1, j + 1).hasSizeLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void aBatchFormTheBankCannotGiveSaysWhichTasksTheEarlierPapersTook() {
        // two tasks per module and no shared task allowed: the third paper has nothing left
        AssemblyOutcome out = SkillAssembler.assemble(new SkillRequest(blueprint("0.30"), bank(2), List.of(), 9), 3,
                OPTIONS, SolveListener.NONE);
        assertThat(out.verdict()).isEqualTo(Verdict.IMPOSSIBLE);
        assertThat(out.papers()).isEmpty();
        assertThat(out.explanation()).startsWith(
                "必考模块 1 焊前准备 需要 1 道操作技能试题; 可用的已审定试题只有 0 道, 另有 2 道已用在同批先组成的 2 套试卷中");
    }

    @Test
    void eachTaskCarriesItsModulesShareOfTheTotalScore() {
        // 必考 1 and 4 weigh 20 each; the 选考 group (2, 3, 5: 20 each) weighs 60, split over the two drawn
        Map<String, BigDecimal> weights = Map.of("1", BigDecimal.valueOf(20), "2", BigDecimal.valueOf(20),
                "3", BigDecimal.valueOf(20), "5", BigDecimal.valueOf(20), "4", BigDecimal.valueOf(20));
        AssemblyOutcome out = SkillAssembler.assemble(new SkillRequest(blueprint("0.30"), bank(2), List.of(), 5,
                weights), OPTIONS);
        assertThat(out.papers().get(0).items()).extracting(PickedItem::points).map(BigDecimal::intValue)
                .containsExactly(20, 30, 30, 20);
        assertThat(SkillAssembler.assemble(new SkillRequest(blueprint("0.30"), bank(2), List.of(), 5), OPTIONS)
                .papers().get(0).items()).extracting(PickedItem::points).containsOnlyNulls();
    }

    @Test
    void weightsThatDoNotAddUpAreRefusedBeforeSolving() {
        Map<String, BigDecimal> weights = Map.of("1", BigDecimal.valueOf(20), "2", BigDecimal.valueOf(20),
                "3", BigDecimal.valueOf(20), "4", BigDecimal.valueOf(20));
        SkillRequest request = new SkillRequest(blueprint("0.30"), bank(2), List.of(), 5, weights);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SkillAssembler.assemble(request, OPTIONS))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("模块 5 角接焊 在操作技能鉴定要素细目表中没有鉴定比重");
    }
}
