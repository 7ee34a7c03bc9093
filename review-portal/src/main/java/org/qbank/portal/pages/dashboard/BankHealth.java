package org.qbank.portal.pages.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.assembly.allocation.Allocation;
import org.qbank.assembly.allocation.AllocationPlanner;
import org.qbank.assembly.allocation.SlotGroup;
import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.bank.BankTree;
import org.qbank.assembly.blueprint.BlueprintTree;
import org.qbank.assembly.blueprint.DistributionMode;
import org.qbank.assembly.blueprint.SavedBlueprint;
import org.qbank.assembly.blueprint.TreeNode;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.draw.CandidateItem;
import org.qbank.bank.access.Actor;
import org.springframework.stereotype.Component;

/**
 * Bank health for one blueprint: approved items per top-level 鉴定范围 against what one paper needs, the
 * difficulty histogram, the usage distribution, and a counting forecast of how many papers without any shared
 * item the bank could still supply (the scarcest 鉴定范围 decides).
 */
@Component
class BankHealth {

    private final BankInputs inputs;

    BankHealth(BankInputs inputs) {
        this.inputs = inputs;
    }

    record Report(String coverageSvg, String difficultySvg, String usageSvg, int candidates, Integer forecast,
                  String scarcest) {
    }

    Report of(Actor actor, SavedBlueprint saved) {
        AssemblyRequest request = inputs.request(actor, saved.institutionId(), saved.blueprint(), 1, 0L);
        List<CandidateItem> items = request.items();
        BlueprintTree tree = inputs.tree(actor, saved.institutionId(), saved.blueprint()).map(BankTree::tree).orElse(null);
        Map<String, Integer> need = new LinkedHashMap<>();
        Map<String, Integer> have = new LinkedHashMap<>();
        if (tree != null) {
            tree.roots().forEach(r -> {
                need.put(r.code(), 0);
                have.put(r.code(), 0);
            });
            if (saved.blueprint().distribution().mode() == DistributionMode.BY_KNOWLEDGE_POINT) {
                Allocation allocation = AllocationPlanner.allocate(saved.blueprint(), tree);
                for (SlotGroup g : allocation.groups()) {
                    need.merge(tree.ancestorAtDepth(g.rangeCode(), 1), g.count(), Integer::sum);
                }
            }
            for (CandidateItem i : items) {
                String top = tree.ancestorAtDepth(i.knowledgePointCode(), 1);
                if (top != null) {
                    have.merge(top, 1, Integer::sum);
                }
            }
        }
        List<SvgCharts.Bar> coverage = new ArrayList<>();
        Integer forecast = null;
        String scarcest = null;
        for (Map.Entry<String, Integer> e : have.entrySet()) {
            String name = tree.node(e.getKey()).map(TreeNode::name).orElse("");
            int n = need.getOrDefault(e.getKey(), 0);
            coverage.add(new SvgCharts.Bar(e.getKey() + " " + name, e.getValue(), n == 0 ? null : n));
            if (n > 0) {
                int papers = e.getValue() / n;
                if (forecast == null || papers < forecast) {
                    forecast = papers;
                    scarcest = e.getKey() + " " + name;
                }
            }
        }
        int[] difficulty = new int[5];
        Map<String, Integer> usage = new LinkedHashMap<>();
        List.of("未使用", "1 场", "2 场", "3–5 场", "6 场以上").forEach(k -> usage.put(k, 0));
        for (CandidateItem i : items) {
            difficulty[Math.max(1, Math.min(5, i.difficulty())) - 1]++;
            int s = i.sessionsIssued();
            usage.merge(s == 0 ? "未使用" : s == 1 ? "1 场" : s == 2 ? "2 场" : s <= 5 ? "3–5 场" : "6 场以上", 1, Integer::sum);
        }
        String[] names = {"1 易", "2 较易", "3 中等", "4 较难", "5 难"};
        List<SvgCharts.Bar> diff = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            diff.add(new SvgCharts.Bar(names[d], difficulty[d], null));
        }
        List<SvgCharts.Bar> used = new ArrayList<>();
        usage.forEach((k, v) -> used.add(new SvgCharts.Bar(k, v, null)));
        return new Report(
                SvgCharts.horizontal("各鉴定范围已审定试题与一套试卷的需求", "条形为已审定试题数, 竖线为组卷方案一套试卷所需题数", coverage),
                SvgCharts.columns("难度分布", "已审定试题按难度 1 到 5 的题数", diff),
                SvgCharts.columns("使用分布", "已审定试题按已发放场次数的题数", used),
                items.size(), forecast, scarcest);
    }
}
