package org.qbank.bank.item;

import java.util.Arrays;
import java.util.Optional;

/** 题型. Theory types are keyed (choice) or free-response; {@link #SKILL_TASK} is the 操作技能试题. */
public enum ItemType {
    TRUE_FALSE("判断题"),
    SINGLE_CHOICE("单选题"),
    MULTIPLE_CHOICE("多选题"),
    FILL_BLANK("填空题"),
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

    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Keyed by a reference answer and scoring points rather than a key. */
    public boolean isFreeResponse() {
        return this == FILL_BLANK || this == SHORT_ANSWER || this == CALCULATION || this == ESSAY || this == CASE_ANALYSIS;
    }

    /**
     * Accepts the Chinese names as on forms (判断题, 单选题 …), their short forms without 题 (判断, 单选 …),
     * 是非题 for 判断题, 技能题/操作题 for the skill task, and the enum names.
     */
    public static Optional<ItemType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.equals("是非题") || t.equals("是非")) {
            return Optional.of(TRUE_FALSE);
        }
        if (t.equals("技能题") || t.equals("操作题") || t.equals("操作技能题")) {
            return Optional.of(SKILL_TASK);
        }
        return Arrays.stream(values())
                .filter(v -> v.displayName.equals(t) || v.displayName.equals(t + "题") || v.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
