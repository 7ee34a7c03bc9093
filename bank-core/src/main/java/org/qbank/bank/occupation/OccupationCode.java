package org.qbank.bank.occupation;

import java.util.regex.Pattern;

import org.qbank.bank.common.RuleViolationException;

/** 职业编码 from the 2022 职业分类大典: {@code N-NN-NN-NN}, e.g. 6-31-01-03 电工. */
public record OccupationCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("\\d-\\d{2}-\\d{2}-\\d{2}");

    public OccupationCode {
        if (value == null || !FORMAT.matcher(value.strip()).matches()) {
            throw RuleViolationException.of("occupationCode", "职业编码格式应为 N-NN-NN-NN (如 6-31-01-03): " + value);
        }
        value = value.strip();
    }

    public static OccupationCode of(String value) {
        return new OccupationCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
