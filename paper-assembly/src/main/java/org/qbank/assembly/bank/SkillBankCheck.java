package org.qbank.assembly.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.assembly.blueprint.SkillWeights;
import org.qbank.assembly.draw.Shortfall;
import org.qbank.assembly.skill.SkillAssembler;
import org.qbank.assembly.skill.SkillRequest;
import org.qbank.assembly.skill.SkillTaskCandidate;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counting check of a 操作技能 blueprint against the institution's bank, without solving, saved or not: first the
 * blueprint's own problems against its skill 细目表 ({@link SkillBlueprint#problems(org.qbank.assembly.blueprint.BlueprintTree)}),
 * then {@code SkillFeasibility}'s exact shortfalls, and what each module offers (approved tasks, the shortest, their
 * 互斥组, the 配分 it gets).
 */
@Service
public class SkillBankCheck {

    private final BankInputs inputs;

    SkillBankCheck(BankInputs inputs) {
        this.inputs = inputs;
    }

    /** What the check found; {@code feasibleByCounting} when there is nothing to report. */
    public record Result(List<Violation> problems, List<Shortfall> shortfalls, int candidates, List<ModuleSupply> modules) {

        public Result {
            problems = List.copyOf(problems);
            shortfalls = List.copyOf(shortfalls);
            modules = List.copyOf(modules);
        }

        public boolean feasibleByCounting() {
            return problems.isEmpty() && shortfalls.isEmpty();
        }
    }

    /**
     * One module of the blueprint as the bank stands: its 鉴定比重 and 配分 range (null while the weights have
     * problems), the approved tasks under it, the shortest of them (0 when none) and how many lie in each 互斥组.
     */
    public record ModuleSupply(SkillModule module, BigDecimal weight, SkillWeights.PointRange points, int tasks,
                               int shortestMinutes, Map<String, Integer> enemyGroups) {
    }

    @Transactional(readOnly = true)
    public Result check(Actor actor, long institutionId, SkillBlueprint blueprint) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        Optional<BankTree> tree = inputs.skillTree(actor, institutionId, blueprint);
        List<Violation> problems = blueprint.problems(tree.map(BankTree::tree).orElse(null));
        if (!problems.isEmpty()) {
            return new Result(problems, List.of(), 0, List.of());
        }
        try {
            SkillRequest request = inputs.skillRequest(actor, institutionId, blueprint, 1L);
            return new Result(List.of(), SkillAssembler.shortfalls(request), request.tasks().size(),
                    supply(blueprint, request));
        } catch (RuleViolationException e) {
            return new Result(e.violations(), List.of(), 0, List.of());
        }
    }

    private static List<ModuleSupply> supply(SkillBlueprint blueprint, SkillRequest request) {
        SkillWeights weights = request.weights();
        Map<String, SkillWeights.PointRange> points = weights.pointRanges();
        List<ModuleSupply> out = new ArrayList<>();
        for (SkillModule m : blueprint.modules()) {
            List<SkillTaskCandidate> tasks = request.tasks().stream().filter(t -> m.code().equals(t.moduleCode())).toList();
            Map<String, Integer> groups = new TreeMap<>();
            tasks.stream().filter(t -> t.enemyGroup() != null).forEach(t -> groups.merge(t.enemyGroup(), 1, Integer::sum));
            out.add(new ModuleSupply(m, weights.byModule().get(m.code()), points.get(m.code()), tasks.size(),
                    tasks.stream().mapToInt(SkillTaskCandidate::minutes).min().orElse(0), groups));
        }
        return out;
    }
}
