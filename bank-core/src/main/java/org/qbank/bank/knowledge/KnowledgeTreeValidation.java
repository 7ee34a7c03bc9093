package org.qbank.bank.knowledge;

import java.util.List;

import org.qbank.bank.common.RuleViolationException.Violation;

/**
 * The outcome of checking one 细目表: errors block storing it, warnings do not. Each names the node code in
 * {@code field} (or the row, "第 N 条", when the code itself is unusable).
 */
public record KnowledgeTreeValidation(List<Violation> errors, List<Violation> warnings, int nodeCount,
                                      int pointCount, int xCount, int yCount, int zCount) {

    public KnowledgeTreeValidation {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
