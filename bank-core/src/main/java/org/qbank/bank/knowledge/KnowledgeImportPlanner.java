package org.qbank.bank.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;
import org.qbank.bank.common.Texts;
import org.qbank.bank.occupation.OccupationCode;

/**
 * Splits imported rows into trees by occupation / work type / level / subject and checks each. Problems of the
 * scope columns name the row ("第 N 条"); problems inside a tree name the node code, prefixed with the tree when
 * the rows describe more than one.
 */
final class KnowledgeImportPlanner {

    private final KnowledgeTreeValidator validator;

    KnowledgeImportPlanner(KnowledgeTreeValidator validator) {
        this.validator = validator;
    }

    Plan plan(List<KnowledgeRow> rows) {
        List<Violation> errors = new ArrayList<>();
        Map<TreeScope, List<KnowledgeRow>> groups = new LinkedHashMap<>();
        Map<TreeScope, String> names = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            KnowledgeRow row = rows.get(i);
            scopeOf(i + 1, row, errors).ifPresent(scope -> {
                groups.computeIfAbsent(scope, s -> new ArrayList<>()).add(row);
                if (row.occupationName() != null && !row.occupationName().isBlank()) {
                    names.putIfAbsent(scope, row.occupationName().strip());
                }
            });
        }
        if (rows.isEmpty()) {
            errors.add(new Violation("细目表", "没有任何数据行"));
        }
        List<ScopedTree> trees = new ArrayList<>();
        boolean several = groups.size() > 1;
        for (Map.Entry<TreeScope, List<KnowledgeRow>> g : groups.entrySet()) {
            TreeScope scope = g.getKey();
            KnowledgeTreeValidator.Built built = validator.build(scope.subject(), g.getValue());
            for (Violation v : built.validation().errors()) {
                errors.add(several ? new Violation(scope.label() + " " + v.field(), scope.label() + ": " + v.message()) : v);
            }
            trees.add(new ScopedTree(scope, names.get(scope), built));
        }
        return new Plan(trees, errors);
    }

    private static Optional<TreeScope> scopeOf(int number, KnowledgeRow row, List<Violation> errors) {
        String where = "第 " + number + " 条";
        int before = errors.size();
        OccupationCode occupation = null;
        try {
            occupation = OccupationCode.of(row.occupationCode());
        } catch (RuleViolationException e) {
            errors.add(new Violation(where, e.violations().get(0).message()));
        }
        Optional<Level> level = Level.parse(row.level());
        if (level.isEmpty()) {
            errors.add(new Violation(where, "等级无效: " + row.level() + " (应为 五级…一级、初级工…高级技师 或 5…1)"));
        }
        Optional<Subject> subject = Subject.parse(row.subject());
        if (subject.isEmpty()) {
            errors.add(new Violation(where, "科目无效: " + row.subject() + " (应为 理论知识、操作技能 或 综合评审)"));
        }
        if (level.isPresent() && subject.isPresent() && !subject.get().allowedFor(level.get())) {
            errors.add(new Violation(where, subject.get().displayName() + " 只用于二级和一级, 不能用于 "
                    + level.get().grade()));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        String workType = Texts.optional(row.workType());
        return Optional.of(new TreeScope(occupation, workType, level.get(), subject.get()));
    }

    record ScopedTree(TreeScope scope, String occupationName, KnowledgeTreeValidator.Built built) {
    }

    record Plan(List<ScopedTree> trees, List<Violation> errors) {
    }
}
