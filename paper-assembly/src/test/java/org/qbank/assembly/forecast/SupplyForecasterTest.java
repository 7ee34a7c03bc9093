package org.qbank.assembly.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintTree;
import org.qbank.assembly.blueprint.DifficultyTarget;
import org.qbank.assembly.blueprint.Distribution;
import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.blueprint.Importance;
import org.qbank.assembly.blueprint.Section;
import org.qbank.assembly.blueprint.TreeNode;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.draw.CandidateItem;
import org.qbank.assembly.draw.EarlierPaper;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemType;

class SupplyForecasterTest {

    /** A (50) and B (50), 10 points each; a paper takes 2 单选 from each. */
    private static BlueprintTree tree() {
        List<TreeNode> nodes = new ArrayList<>();
        for (String r : List.of("A", "B")) {
            nodes.add(TreeNode.range(r, r, new BigDecimal(50)));
            for (int p = 0; p < 10; p++) {
                nodes.add(TreeNode.point(r + "-00" + p, "点", Importance.X));
            }
        }
        return new BlueprintTree(nodes);
    }

    private static Blueprint blueprint(ExposurePolicy policy) {
        return new Blueprint("预测", "6-18-02-04", null, Level.THREE, Subject.THEORY,
                List.of(new Section(ItemType.SINGLE_CHOICE, 4, new BigDecimal(25))), new BigDecimal(100), 60,
                Distribution.byKnowledgePoint(1), new DifficultyTarget(new BigDecimal("3"), new BigDecimal("2"), null),
                policy, List.of());
    }

    /** A has 10 items on distinct points, B 5; items 1..3 of A were used before. */
    private static List<CandidateItem> items() {
        List<CandidateItem> items = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            items.add(new CandidateItem(i, "A" + i, i, ItemType.SINGLE_CHOICE, "A-00" + (i - 1), 3, null, i <= 3 ? 1 : 0, true));
        }
        for (int i = 11; i <= 15; i++) {
            items.add(new CandidateItem(i, "B" + i, i, ItemType.SINGLE_CHOICE, "B-00" + (i - 11), 3, null, 0, true));
        }
        return items;
    }

    @Test
    void theRangeWithTheFewestUnusedItemsPerPaperRunsOutFirst() {
        List<EarlierPaper> earlier = List.of(new EarlierPaper("往期", Set.of(1L, 2L, 3L, 11L), true));
        SupplyForecast f = SupplyForecaster.forecast(
                AssemblyRequest.single(blueprint(ExposurePolicy.defaults()), tree(), items(), earlier, 1));
        // A: 7 unused / 2 = 3 papers; B: 4 unused (11 was in the earlier paper) / 2 = 2 papers
        assertThat(f.freshPapers()).isEqualTo(2);
        assertThat(f.firstToRunOut()).isEqualTo("单选题 in 鉴定范围 B");
        assertThat(f.groups()).extracting(GroupSupply::unused).containsExactly(7, 4);
        assertThat(f.papersUnderCap()).isEqualTo(-1);
    }

    @Test
    void anExposureCapBoundsThePapersByRemainingIssues() {
        SupplyForecast f = SupplyForecaster.forecast(AssemblyRequest.single(
                blueprint(ExposurePolicy.defaults().withExposureCap(2)), tree(), items(), List.of(), 1));
        // A: 3 items with 1 issue left + 7 with 2 = 17 → 8 papers; B: 5 × 2 = 10 → 5 papers
        assertThat(f.papersUnderCap()).isEqualTo(5);
    }

    @Test
    void theSimulationAssemblesPapersUntilTheOverlapPolicyStopsIt() {
        // 4-item papers may share ⌊0.25·4⌋ = 1 item with any earlier one, so no two papers share a pair from B:
        // B's 5 items give at most C(5,2) = 10 papers, and the unused-items bound promises 2
        ExposurePolicy policy = ExposurePolicy.defaults().withMaxEarlierOverlap("0.25");
        int papers = SupplyForecaster.simulate(AssemblyRequest.single(blueprint(policy), tree(), items(), List.of(), 1),
                20, Duration.ofMillis(500));
        assertThat(papers).isBetween(3, 10);
    }
}
