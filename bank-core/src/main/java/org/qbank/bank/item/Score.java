package org.qbank.bank.item;

import java.math.BigDecimal;

import org.qbank.bank.common.RuleViolationException;

/**
 * 分值 / 配分: a non-negative decimal with at most two decimal places (0.5 is common). Kept without trailing
 * zeros so that 1, 1.0 and 1.00 are the same score and hash alike.
 */
public record Score(BigDecimal value) implements Comparable<Score> {

    public Score {
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 2
                || value.compareTo(new BigDecimal("10000")) >= 0) {
            throw RuleViolationException.of("score", "分值应为 0 到 9999.99 之间、至多两位小数的数: " + value);
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    public static Score of(String text) {
        try {
            return new Score(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            throw RuleViolationException.of("score", "分值不是数字: " + text);
        }
    }

    public static Score of(BigDecimal value) {
        return new Score(value);
    }

    public Score plus(Score other) {
        return new Score(value.add(other.value));
    }

    /** Canonical text: plain, no trailing zeros ("0.5", "2"). */
    public String text() {
        return value.toPlainString();
    }

    @Override
    public int compareTo(Score o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return text();
    }
}
