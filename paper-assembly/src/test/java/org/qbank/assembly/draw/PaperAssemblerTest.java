package org.qbank.assembly.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.solver.AssemblyConstraints;
import org.qbank.bank.item.ItemType;

class PaperAssemblerTest {

    private static final AssemblyOptions FIRST_FEASIBLE = AssemblyOptions.firstFeasible(Duration.ofSeconds(10));

    @Test
    void aSmallRealisticBankYieldsAPaperMeetingEveryHardRule() {
        List<CandidateItem> items = SmallBank.items(3, 1);
        List<EarlierPaper> earlier = SmallBank.earlier(items, 20, 30, 2);
        Blueprint bp = SmallBank.blueprint(ExposurePolicy.defaults());
        AssemblyOutcome outcome = PaperAssembler.assemble(
                AssemblyRequest.single(bp, SmallBank.tree(), items, earlier, 7), FIRST_FEASIBLE);

        assertThat(outcome.verdict()).isEqualTo(Verdict.ASSEMBLED);
        AssembledPaper paper = outcome.papers().get(0);
        assertThat(paper.items()).hasSize(30);
        assertThat(paper.items().stream().map(PickedItem::itemId).distinct()).hasSize(30);
        assertThat(paper.items().stream().filter(i -> i.type() == ItemType.SINGLE_CHOICE)).hasSize(20);
        // allocation 20 单选 at depth 2: A 6 → A-A 2, A-B 4; B 14 → B-A 8, B-B 6
        Map<String, Long> single = paper.items().stream().filter(i -> i.type() == ItemType.SINGLE_CHOICE)
                .collect(Collectors.groupingBy(PickedItem::rangeCode, Collectors.counting()));
        assertThat(single).containsExactlyInAnyOrderEntriesOf(Map.of("A-A", 2L, "A-B", 4L, "B-A", 8L, "B-B", 6L));
        assertThat(paper.meanDifficulty()).isBetween(2.9, 3.1);
        Set<Long> ids = paper.items().stream().map(PickedItem::itemId).collect(Collectors.toSet());
        for (EarlierPaper e : earlier) {
            Set<Long> shared = new HashSet<>(e.itemIds());
            shared.retainAll(ids);
            assertThat(shared.size()).as("shared with %s", e.label()).isLessThanOrEqualTo(9);
        }
        Map<String, Long> perPoint = paper.items().stream()
                .collect(Collectors.groupingBy(PickedItem::pointCode, Collectors.counting()));
        assertThat(perPoint.values()).allMatch(n -> n <= 2);
        Set<String> enemyGroups = new HashSet<>();
        items.stream().filter(i -> ids.contains(i.itemId()) && i.enemyGroup() != null)
                .forEach(i -> assertThat(enemyGroups.add(i.enemyGroup())).as("enemy group %s", i.enemyGroup()).isTrue());
    }

    @Test
    void theSameSeedGivesTheSamePaper() {
        List<CandidateItem> items = SmallBank.items(3, 1);
        List<EarlierPaper> earlier = SmallBank.earlier(items, 20, 30, 2);
        AssemblyRequest request = AssemblyRequest.single(SmallBank.blueprint(ExposurePolicy.defaults()),
                SmallBank.tree(), items, earlier, 42);
        assertThat(PaperAssembler.assemble(request, FIRST_FEASIBLE).papers())
                .isEqualTo(PaperAssembler.assemble(request, FIRST_FEASIBLE).papers());
    }

    @Test
    void aBatchKeepsEveryPairOfPapersWithinTheBatchOverlap() {
        List<CandidateItem> items = SmallBank.items(4, 3);
        AssemblyRequest request = new AssemblyRequest(SmallBank.blueprint(ExposurePolicy.defaults()),
                SmallBank.tree(), items, List.of(), 4, 11);
        AssemblyOutcome outcome = PaperAssembler.assemble(request, FIRST_FEASIBLE);
        assertThat(outcome.verdict()).isEqualTo(Verdict.ASSEMBLED);
        assertThat(outcome.papers()).hasSize(4);
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                Set<Long> shared = outcome.papers().get(a).items().stream().map(PickedItem::itemId)
                        .collect(Collectors.toSet());
                shared.retainAll(outcome.papers().get(b).items().stream().map(PickedItem::itemId).toList());
                assertThat(shared.size()).as("papers %d and %d", a, b).isLessThanOrEqualTo(3);
            }
        }
        assertThat(outcome.papers().stream().map(AssembledPaper::fingerprint).distinct()).hasSize(4);
    }

    @Test
    void anImpossibleBlueprintAnswersWithTheExactShortfallWithoutSolving() {
        List<CandidateItem> items = SmallBank.items(1, 1).stream()
                .filter(i -> !(i.type() == ItemType.SINGLE_CHOICE && i.knowledgePointCode().startsWith("B-A-00")
                        && i.knowledgePointCode().compareTo("B-A-004") > 0))
                .toList();
        List<EarlierPaper> earlier = List.of(new EarlierPaper("往期1",
                items.stream().filter(i -> i.type() == ItemType.SINGLE_CHOICE && i.knowledgePointCode().equals("B-A-001"))
                        .map(CandidateItem::itemId).collect(Collectors.toSet()), true));
        Blueprint bp = SmallBank.blueprint(ExposurePolicy.defaults().withMaxEarlierOverlap("0"));
        AssemblyOutcome outcome = PaperAssembler.assemble(
                AssemblyRequest.single(bp, SmallBank.tree(), items, earlier, 1), FIRST_FEASIBLE);
        assertThat(outcome.verdict()).isEqualTo(Verdict.IMPOSSIBLE);
        assertThat(outcome.explanation()).contains("鉴定范围 B-A 的单选题需要 8 题; 可用的已审定试题只有 3 题, 另有 1 题出现在近期 1 套往期试卷中");
        assertThat(outcome.elapsed()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void whenCountingCannotDecideTheSolveReportsWhichRulesStillBreak() {
        // every 多选 item in one 互斥组: counting sees enough items, but no two may share a paper
        List<CandidateItem> items = SmallBank.items(2, 5).stream()
                .map(i -> i.type() == ItemType.MULTIPLE_CHOICE
                        ? new CandidateItem(i.itemId(), i.itemCode(), i.versionId(), i.type(), i.knowledgePointCode(),
                        i.difficulty(), "全互斥", i.sessionsIssued(), true)
                        : i)
                .toList();
        AssemblyOutcome outcome = PaperAssembler.assemble(
                AssemblyRequest.single(SmallBank.blueprint(ExposurePolicy.defaults()), SmallBank.tree(), items, List.of(), 3),
                AssemblyOptions.firstFeasible(Duration.ofMillis(800)));
        assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_PROVEN_IMPOSSIBLE);
        assertThat(outcome.brokenRules()).extracting(BrokenRule::rule).containsExactly(AssemblyConstraints.ENEMIES_APART);
        assertThat(outcome.explanation().get(0)).startsWith("未证明无解: 仍违反「互斥题不同卷」");
    }
}
