package org.qbank.bank.common;

import java.util.List;

/** Input breaks a domain rule. Carries every problem found, each naming its field. */
public class RuleViolationException extends DomainException {
    private final List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        this("rule-violation", violations);
    }

    /** For typed subclasses that name a more precise {@code code} than {@code rule-violation}. */
    protected RuleViolationException(String code, List<Violation> violations) {
        super(code, violations.isEmpty() ? null : violations.get(0).field(), summary(violations));
        this.violations = List.copyOf(violations);
    }

    public static RuleViolationException of(String field, String message) {
        return new RuleViolationException(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        return violations.stream().map(v -> v.field() == null ? v.message() : v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b).orElse("规则校验失败");
    }

    /** One broken rule: the field (dotted path, may be null) and what is wrong. */
    public record Violation(String field, String message) {
    }
}
