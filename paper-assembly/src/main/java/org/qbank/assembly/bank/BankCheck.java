package org.qbank.assembly.bank;

import java.util.List;
import java.util.Optional;

import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.draw.FeasibilityCheck;
import org.qbank.assembly.draw.ProblemBuilder;
import org.qbank.assembly.draw.Shortfall;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.springframework.stereotype.Service;

/**
 * The counting check of a blueprint against the institution's bank, without solving: first the blueprint's own
 * problems (fields, weights), then the exact shortfalls of approved items. Quick enough to run while typing.
 */
@Service
public class BankCheck {

    private final BankInputs inputs;

    BankCheck(BankInputs inputs) {
        this.inputs = inputs;
    }

    /** What the check found; {@code feasibleByCounting} when there is nothing to report. */
    public record Result(List<Violation> problems, List<Shortfall> shortfalls, int candidates, boolean treeFound) {

        public Result {
            problems = List.copyOf(problems);
            shortfalls = List.copyOf(shortfalls);
        }

        public boolean feasibleByCounting() {
            return problems.isEmpty() && shortfalls.isEmpty();
        }
    }

    public Result check(Actor actor, long institutionId, Blueprint blueprint) {
        Optional<BankTree> tree = inputs.tree(actor, institutionId, blueprint);
        // With a tree, the save-time check also proposes a larger "at most N per 鉴定点" when points are too few.
        List<Violation> problems = tree.isPresent()
                ? org.qbank.assembly.allocation.BlueprintCheck.problems(blueprint, tree.get().tree())
                : blueprint.problems(null);
        if (!problems.isEmpty()) {
            return new Result(problems, List.of(), 0, tree.isPresent());
        }
        try {
            AssemblyRequest request = inputs.request(actor, institutionId, blueprint, 1, 1L);
            List<Shortfall> shortfalls = FeasibilityCheck.shortfalls(ProblemBuilder.build(request));
            return new Result(List.of(), shortfalls, request.items().size(), tree.isPresent());
        } catch (RuleViolationException e) {
            return new Result(e.violations(), List.of(), 0, tree.isPresent());
        }
    }
}
