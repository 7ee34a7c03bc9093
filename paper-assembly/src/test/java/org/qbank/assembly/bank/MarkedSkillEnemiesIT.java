package org.qbank.assembly.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.PickedItem;
import org.qbank.assembly.draw.Verdict;
import org.qbank.assembly.skill.SkillAssembler;
import org.qbank.assembly.skill.SkillRequest;
import org.qbank.assembly.testsupport.AssemblyTestApplication;
import org.qbank.assembly.testsupport.ExamFixtures;
import org.qbank.assembly.testsupport.SkillBank;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemTestData;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.search.PairMarkKind;
import org.qbank.bank.search.PairMarks;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Skill tasks a reviewer marked 互斥题 never share a skill paper, as tasks of one 互斥组 do (MarkedEnemiesIT). */
@StorageTest
@SpringBootTest(classes = AssemblyTestApplication.class)
class MarkedSkillEnemiesIT {

    private static final AssemblyOptions OPTIONS = AssemblyOptions.firstFeasible(Duration.ofSeconds(10));

    @Autowired
    ExamFixtures fixtures;
    @Autowired
    SkillBank skillBank;
    @Autowired
    PairMarks marks;
    @Autowired
    BankInputs inputs;
    @Autowired
    ItemService items;
    @Autowired
    ItemTestData data;

    ExamFixtures.Bank bank;
    Actor reviewer;
    Map<String, List<ItemView>> tasks;
    SkillBlueprint blueprint;

    @BeforeEach
    void oneTaskInEachModule() {
        bank = fixtures.bank();
        reviewer = ItemTestData.actor(bank.institution, Role.REVIEWER);
        // 焊前准备 (必考) + one of 板对接焊 / 管对接焊 (选考) + 焊后检查 (必考)
        tasks = skillBank.tasks(bank, new SkillBank.Module("A", "焊前准备", new BigDecimal("20"), 20),
                new SkillBank.Module("B", "板对接焊", new BigDecimal("30"), 60),
                new SkillBank.Module("C", "管对接焊", new BigDecimal("30"), 60),
                new SkillBank.Module("D", "焊后检查", new BigDecimal("20"), 20));
        blueprint = new SkillBlueprint("焊工三级操作技能", bank.occupationCode(), null, Level.THREE, List.of(
                new SkillModule("A", "焊前准备", true, 20), new SkillModule("B", "板对接焊", false, 60),
                new SkillModule("C", "管对接焊", false, 60), new SkillModule("D", "焊后检查", true, 20)), 1, 120, null);
    }

    private ItemView task(String module) {
        return tasks.get(module).get(0);
    }

    private void markEnemies(ItemView a, ItemView b) {
        marks.mark(reviewer, bank.institution, a.id(), b.id(), PairMarkKind.ENEMIES, "考核内容重叠");
    }

    @Test
    void twoTasksMarkedAsEnemiesAreKeptOffOneSkillPaper() {
        assertThat(inputs.skillRequest(bank.admin, bank.institution, blueprint, 7).enemyGroups()).isEmpty();

        markEnemies(task("A"), task("B"));
        SkillRequest request = inputs.skillRequest(bank.admin, bank.institution, blueprint, 7);
        assertThat(request.enemyGroups()).containsExactly(Set.of(task("A").code().value(), task("B").code().value()));
        for (long seed = 1; seed <= 5; seed++) {
            AssemblyOutcome outcome = SkillAssembler.assemble(
                    inputs.skillRequest(bank.admin, bank.institution, blueprint, seed), OPTIONS);
            assertThat(outcome.verdict()).isEqualTo(Verdict.ASSEMBLED);
            // 焊前准备 is 必考 and has one task, so the 选考 task is always the one not marked against it
            assertThat(outcome.papers().get(0).items()).extracting(PickedItem::itemCode).containsExactly(
                    task("A").code().value(), task("C").code().value(), task("D").code().value());
        }
    }

    @Test
    void marksThatLeaveNoElectiveAreAShortfallNamingTheMarkedPairs() {
        markEnemies(task("A"), task("B"));
        markEnemies(task("C"), task("A"));
        AssemblyOutcome outcome = SkillAssembler.assemble(
                inputs.skillRequest(bank.admin, bank.institution, blueprint, 7), OPTIONS);
        assertThat(outcome.verdict()).isEqualTo(Verdict.IMPOSSIBLE);
        String a = task("A").code().value();
        String b = task("B").code().value();
        String c = task("C").code().value();
        assertThat(outcome.explanation()).containsExactly("选考模块需选 1 个, 有可用已审定试题的只有 0 个 (没有试题: "
                + "B 板对接焊, 另有 1 道与必考模块 A 焊前准备 的可用试题同属互斥组 标记互斥题 " + pair(a, b) + " (互斥题不同卷); "
                + "C 管对接焊, 另有 1 道与必考模块 A 焊前准备 的可用试题同属互斥组 标记互斥题 " + pair(a, c) + " (互斥题不同卷))");
    }

    @Test
    void aMarkWithAnItemThatIsNoCandidateIsLeftOut() {
        ItemView theory = items.create(bank.writer, data.single(bank.institution, bank.occupation, "理论试题的题干"));
        markEnemies(theory, task("A"));
        assertThat(inputs.skillRequest(bank.admin, bank.institution, blueprint, 7).enemyGroups()).isEmpty();
    }

    private static String pair(String x, String y) {
        return x.compareTo(y) < 0 ? x + "、" + y : y + "、" + x;
    }
}
