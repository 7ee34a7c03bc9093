package org.qbank.tools.normalize;

import java.util.Map;
import java.util.Optional;

/** 题型 as written on import workbooks and papers. Mapped to the bank's own item type at the storage boundary. */
public enum ItemType {
    TRUE_FALSE("判断题", true),
    SINGLE_CHOICE("单选题", true),
    MULTIPLE_CHOICE("多选题", true),
    FILL_IN("填空题", false),
    SHORT_ANSWER("简答题", false),
    CALCULATION("计算题", false),
    ESSAY("论述题", false),
    CASE_ANALYSIS("案例分析题", false);

    private static final Map<String, ItemType> ALIASES = Map.ofEntries(
            Map.entry("判断", TRUE_FALSE), Map.entry("是非题", TRUE_FALSE), Map.entry("是非", TRUE_FALSE),
            Map.entry("对错题", TRUE_FALSE), Map.entry("判断正误", TRUE_FALSE),
            Map.entry("单选", SINGLE_CHOICE), Map.entry("单项选择题", SINGLE_CHOICE), Map.entry("单项选择", SINGLE_CHOICE),
            Map.entry("选择题", SINGLE_CHOICE), Map.entry("单择题", SINGLE_CHOICE),
            Map.entry("多选", MULTIPLE_CHOICE), Map.entry("多项选择题", MULTIPLE_CHOICE), Map.entry("多项选择", MULTIPLE_CHOICE),
            Map.entry("不定项选择题", MULTIPLE_CHOICE),
            Map.entry("填空", FILL_IN), Map.entry("简答", SHORT_ANSWER), Map.entry("问答题", SHORT_ANSWER),
            Map.entry("计算", CALCULATION), Map.entry("论述", ESSAY),
            Map.entry("案例分析", CASE_ANALYSIS), Map.entry("案例题", CASE_ANALYSIS), Map.entry("综合分析题", CASE_ANALYSIS));

    private final String label;
    private final boolean objective;

    ItemType(String label, boolean objective) {
        this.label = label;
        this.objective = objective;
    }

    /** 判断题, 单选题 … as printed. */
    public String label() {
        return label;
    }

    /** Keyed by options (判断, 单选, 多选) rather than a reference answer. */
    public boolean objective() {
        return objective;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Accepts the labels, common synonyms (是非题 → 判断题) and the enum names. */
    public static Optional<ItemType> parse(String raw) {
        String t = Texts.fold(raw);
        for (ItemType type : values()) {
            if (type.label.equals(t) || type.name().equalsIgnoreCase(t)) {
                return Optional.of(type);
            }
        }
        return Optional.ofNullable(ALIASES.get(t));
    }
}
