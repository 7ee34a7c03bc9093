package org.qbank.portal.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;

/**
 * Rule violations keyed by field, for showing each message beside its field. A field path such as
 * {@code options[B].text} is also reachable under its head ({@code options}); messages without a field land
 * under {@code _}.
 */
public record FieldErrors(Map<String, String> byField, List<Violation> all) {

    public static FieldErrors none() {
        return new FieldErrors(Map.of(), List.of());
    }

    public static FieldErrors of(RuleViolationException e) {
        return of(e.violations());
    }

    public static FieldErrors of(List<Violation> violations) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Violation v : violations) {
            String field = v.field() == null ? "_" : v.field();
            map.merge(field, v.message(), (a, b) -> a + "; " + b);
            int cut = indexOfAny(field);
            if (cut > 0) {
                map.merge(field.substring(0, cut), v.message(), (a, b) -> a + "; " + b);
            }
        }
        return new FieldErrors(map, List.copyOf(violations));
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    private static int indexOfAny(String field) {
        int b = field.indexOf('[');
        int d = field.indexOf('.');
        if (b < 0) {
            return d;
        }
        return d < 0 ? b : Math.min(b, d);
    }
}
