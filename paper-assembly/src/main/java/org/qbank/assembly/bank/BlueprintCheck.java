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
public class BlueprintCheck {

    private final BankInputs inputs;

    BlueprintCheck(BankInputs inputs) {
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
        List<Violation> problems = blueprint.problems(tree.map(BankTree::tree).orElse(null));
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
