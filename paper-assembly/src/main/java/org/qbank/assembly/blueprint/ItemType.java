package org.qbank.assembly.blueprint;

import java.util.Arrays;
import java.util.Optional;

/** 题型 as written on the bank workbook and the blueprint forms. */
public enum ItemType {
    TRUE_FALSE("判断题"),
    SINGLE_CHOICE("单选题"),
    MULTIPLE_CHOICE("多选题"),
    FILL_IN("填空题"),
    SHORT_ANSWER("简答题"),
    CALCULATION("计算题"),
    ESSAY("论述题"),
    CASE_ANALYSIS("案例分析题"),
    SKILL_TASK("操作技能试题");

    private final String displayName;

    ItemType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Accepts 判断题/判断, the enum name. */
    public static Optional<ItemType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(v -> v.displayName.equals(t) || v.displayName.equals(t + "题") || v.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
