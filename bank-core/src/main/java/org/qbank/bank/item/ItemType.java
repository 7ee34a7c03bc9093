package org.qbank.bank.item;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * 题型, the one enum every module uses. Theory types are keyed (判断, 单选, 多选) or free-response; {@link #SKILL_TASK}
 * is the 操作技能试题.
 */
public enum ItemType {
    TRUE_FALSE("判断题"),
    SINGLE_CHOICE("单选题"),
    MULTIPLE_CHOICE("多选题"),
    /** Blueprints stored or written before paper assembly used this enum say FILL_IN; still read as 填空题. */
    @JsonAlias("FILL_IN")
    FILL_BLANK("填空题"),
    SHORT_ANSWER("简答题"),
    CALCULATION("计算题"),
    ESSAY("论述题"),
    CASE_ANALYSIS("案例分析题"),
    SKILL_TASK("操作技能试题");

    /** Other names people write for a 题型: on workbooks, forms and older blueprints. */
    private static final Map<String, ItemType> ALIASES = Map.ofEntries(
            Map.entry("是非题", TRUE_FALSE), Map.entry("是非", TRUE_FALSE), Map.entry("对错题", TRUE_FALSE),
            Map.entry("判断正误", TRUE_FALSE),
            Map.entry("单项选择题", SINGLE_CHOICE), Map.entry("单项选择", SINGLE_CHOICE), Map.entry("选择题", SINGLE_CHOICE),
            Map.entry("单择题", SINGLE_CHOICE),
            Map.entry("多项选择题", MULTIPLE_CHOICE), Map.entry("多项选择", MULTIPLE_CHOICE),
            Map.entry("不定项选择题", MULTIPLE_CHOICE),
            Map.entry("FILL_IN", FILL_BLANK),
            Map.entry("问答题", SHORT_ANSWER),
            Map.entry("案例题", CASE_ANALYSIS), Map.entry("综合分析题", CASE_ANALYSIS),
            Map.entry("技能题", SKILL_TASK), Map.entry("操作题", SKILL_TASK), Map.entry("操作技能题", SKILL_TASK));

    private final String displayName;

    ItemType(String displayName) {
        this.displayName = displayName;
    }

    /** 判断题, 单选题 … as printed. */
    public String displayName() {
        return displayName;
    }

    /** 单选题 and 多选题: keyed by options. */
    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** 判断题, 单选题 and 多选题: keyed (√/× or option letters) rather than by a reference answer. */
    public boolean isKeyed() {
        return this == TRUE_FALSE || isChoice();
    }

    /** Keyed by a reference answer and scoring points rather than a key. */
    public boolean isFreeResponse() {
        return this == FILL_BLANK || this == SHORT_ANSWER || this == CALCULATION || this == ESSAY || this == CASE_ANALYSIS;
    }

    /**
     * Accepts the Chinese names as on forms (判断题, 单选题 …), their short forms without 题 (判断, 单选 …), the
     * synonyms of workbooks (是非题, 单项选择题, 多项选择, 问答题, 案例题 …; 技能题/操作题 for the skill task), the enum
     * names in any case and FILL_IN for 填空题. Full-width characters and extra spaces are folded first.
     */
    public static Optional<ItemType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        Optional<ItemType> named = Arrays.stream(values())
                .filter(v -> v.displayName.equals(t) || v.displayName.equals(t + "题") || v.name().equalsIgnoreCase(t))
                .findFirst();
        return named.or(() -> Optional.ofNullable(ALIASES.get(t.toUpperCase(Locale.ROOT))));
    }
}
