package org.qbank.assembly.allocation;

import java.util.ArrayList;
import java.util.List;

import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintTree;
import org.qbank.assembly.blueprint.DistributionMode;
import org.qbank.bank.common.RuleViolationException.Violation;

/**
 * The check run when a blueprint is saved: its own rules, plus, 按鉴定点, whether the 细目表 has enough points for
 * "at most N per 鉴定点" — when not, it proposes the smallest N that fits.
 */
public final class BlueprintCheck {

    private BlueprintCheck() {
    }

    public static List<Violation> problems(Blueprint blueprint, BlueprintTree tree) {
        List<Violation> out = new ArrayList<>(blueprint.problems(tree));
        if (out.isEmpty() && blueprint.distribution().mode() == DistributionMode.BY_KNOWLEDGE_POINT) {
            Allocation a = AllocationPlanner.allocate(blueprint, tree);
            if (a.proposedPointCap() > blueprint.distribution().perPointCap()) {
                out.add(new Violation("distribution.perPointCap", "细目表鉴定点不足 (" + String.join("; ", a.tooFewPoints())
                        + "), 建议每个鉴定点至多 " + a.proposedPointCap() + " 题"));
            }
        }
        return out;
    }
}
