package org.qbank.portal.pages.items;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chinese names for the canonical field paths of an item's content, for the version diff. */
final class FieldLabels {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("stem", "题干"), Map.entry("key", "答案"), Map.entry("analysis", "解析"),
            Map.entry("referenceAnswer", "参考答案"), Map.entry("scoringPoints", "评分要点"),
            Map.entry("difficulty", "难度"), Map.entry("score", "分值"), Map.entry("skill.name", "试题名称"),
            Map.entry("skill.durationMinutes", "考核时间"), Map.entry("skill.background", "题目背景"),
            Map.entry("skill.tasks", "工作任务"), Map.entry("skill.skillRequirements", "技能要求"),
            Map.entry("skill.qualityIndicators", "质量指标"), Map.entry("text", "文字"), Map.entry("points", "配分"),
            Map.entry("element", "评分要素"), Map.entry("criteria", "评分标准"), Map.entry("kind", "类型"),
            Map.entry("veto", "否决项"), Map.entry("imageHash", "图片"));
    private static final Pattern INDEXED = Pattern.compile("(option|skill\\.rubric|skill\\.preparation)\\[([^]]+)]\\.?(.*)");

    private FieldLabels() {
    }

    static String label(String path) {
        if (NAMES.containsKey(path)) {
            return NAMES.get(path);
        }
        Matcher m = INDEXED.matcher(path);
        if (m.matches()) {
            String head = switch (m.group(1)) {
                case "option" -> "选项 " + m.group(2);
                case "skill.rubric" -> "评分标准第 " + m.group(2) + " 行";
                default -> "准备清单第 " + m.group(2) + " 行";
            };
            String tail = m.group(3).isEmpty() ? "" : " · " + NAMES.getOrDefault(m.group(3), m.group(3));
            return head + tail;
        }
        return path;
    }
}
