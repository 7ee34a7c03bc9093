package org.qbank.bank.item;

import java.util.regex.Pattern;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.occupation.OccupationCode;

/**
 * 试题编码: an item's permanent identity, unique per institution, never changed. Imported codes are kept as
 * written (1–64 characters, no whitespace). Generated codes read
 * {@code <occupation code digits>-<level number>-<subject letter>-<6-digit sequence>}, e.g. {@code 6310103-3-T-000042}
 * for the 42nd 理论 item of 三级 电工 (6-31-01-03); T = 理论知识, S = 操作技能, R = 综合评审.
 */
public record ItemCode(String value) {
    private static final Pattern ALLOWED = Pattern.compile("[^\\s\\p{Cntrl}]{1,64}");

    public ItemCode {
        if (value == null || !ALLOWED.matcher(value.strip()).matches()) {
            throw RuleViolationException.of("code", "试题编码应为 1 到 64 个非空白字符: " + value);
        }
        value = value.strip();
    }

    public static ItemCode of(String value) {
        return new ItemCode(value);
    }

    /** The part before the sequence number of generated codes; one counter per institution and prefix. */
    public static String prefix(OccupationCode occupation, Level level, Subject subject) {
        return occupation.value().replace("-", "") + "-" + level.number() + "-" + subjectLetter(subject);
    }

    public static ItemCode generated(String prefix, long sequence) {
        return new ItemCode(prefix + "-" + String.format("%06d", sequence));
    }

    private static char subjectLetter(Subject subject) {
        return switch (subject) {
            case THEORY -> 'T';
            case SKILL -> 'S';
            case REVIEW -> 'R';
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
