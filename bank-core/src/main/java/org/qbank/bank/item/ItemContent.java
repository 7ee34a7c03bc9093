package org.qbank.bank.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The content of one item version: a value, compared and hashed as a whole ({@link ContentHash}).
 * Texts are normalised on construction (line ends to LF, outer whitespace stripped, blank = absent) so that
 * equal-looking content is equal and hashes alike. Images are referenced by the lowercase hex SHA-256 of their
 * bytes (see {@code org.qbank.bank.image.ImageStore}). Which fields are required depends on the item type:
 * {@link ItemContentRules}.
 *
 * @param stem           题干 (for a skill task: optional; the task is in {@link #skill})
 * @param stemImages     images of the stem, in order
 * @param options        选项 for choice items, each label once (A, B, …)
 * @param key            答案: one label (单选), labels in order (多选, e.g. "ABD"), √ or × (判断); null otherwise
 * @param analysis       解析
 * @param referenceAnswer 参考答案 (free-response)
 * @param scoringPoints  评分要点 (free-response)
 * @param difficulty     难度, may be null (not yet estimated)
 * @param score          分值, may be null for theory items (the blueprint gives points); required for skill tasks
 * @param skill          the 操作技能试题 part, null for theory items
 */
public record ItemContent(String stem, List<String> stemImages, List<ChoiceOption> options, String key,
                          String analysis, String referenceAnswer, String scoringPoints, Difficulty difficulty,
                          Score score, SkillTask skill) {

    public ItemContent {
        stem = norm(stem);
        stemImages = stemImages == null ? List.of() : List.copyOf(stemImages);
        options = options == null ? List.of() : List.copyOf(options);
        key = norm(key);
        analysis = norm(analysis);
        referenceAnswer = norm(referenceAnswer);
        scoringPoints = norm(scoringPoints);
    }

    /** A choice or 判断 item. */
    public static ItemContent choice(String stem, List<ChoiceOption> options, String key, Difficulty difficulty, Score score) {
        return new ItemContent(stem, List.of(), options, key, null, null, null, difficulty, score, null);
    }

    /** A free-response item. */
    public static ItemContent freeResponse(String stem, String referenceAnswer, String scoringPoints,
                                           Difficulty difficulty, Score score) {
        return new ItemContent(stem, List.of(), List.of(), null, null, referenceAnswer, scoringPoints, difficulty, score, null);
    }

    /** A skill-operation task. */
    public static ItemContent skillTask(SkillTask task, Difficulty difficulty, Score score) {
        return new ItemContent(null, List.of(), List.of(), null, null, null, null, difficulty, score, task);
    }

    public ItemContent withStem(String newStem) {
        return new ItemContent(newStem, stemImages, options, key, analysis, referenceAnswer, scoringPoints, difficulty, score, skill);
    }

    public ItemContent withAnalysis(String newAnalysis) {
        return new ItemContent(stem, stemImages, options, key, newAnalysis, referenceAnswer, scoringPoints, difficulty, score, skill);
    }

    public ItemContent withStemImages(List<String> images) {
        return new ItemContent(stem, images, options, key, analysis, referenceAnswer, scoringPoints, difficulty, score, skill);
    }

    public Optional<ChoiceOption> option(String label) {
        return options.stream().filter(o -> o.label().equals(label)).findFirst();
    }

    /** Every image hash this content references (stem, options, task). */
    public List<String> imageHashes() {
        java.util.List<String> all = new java.util.ArrayList<>(stemImages);
        options.stream().map(ChoiceOption::imageHash).filter(h -> h != null).forEach(all::add);
        if (skill != null) {
            all.addAll(skill.taskImages());
        }
        return all;
    }

    /** Normalises free text: LF line ends, stripped, blank → null. */
    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace("\r\n", "\n").replace('\r', '\n').strip();
        return t.isEmpty() ? null : t;
    }

    /** 选项: label (A–H), text and an optional image. */
    public record ChoiceOption(String label, String text, String imageHash) {
        public ChoiceOption {
            label = norm(label);
            text = norm(text);
            imageHash = norm(imageHash);
        }

        public static ChoiceOption of(String label, String text) {
            return new ChoiceOption(label, text, null);
        }
    }

    /**
     * 操作技能试题: 试题名称, 考核时间 (minutes), 题目背景, 工作任务, 技能要求, 质量指标, task images,
     * the 评分记录表 rows and the 准备通知单.
     */
    public record SkillTask(String name, int durationMinutes, String background, String tasks,
                            String skillRequirements, String qualityIndicators, List<String> taskImages,
                            List<RubricRow> rubric, List<PreparationItem> preparation) {
        public SkillTask {
            name = norm(name);
            background = norm(background);
            tasks = norm(tasks);
            skillRequirements = norm(skillRequirements);
            qualityIndicators = norm(qualityIndicators);
            taskImages = taskImages == null ? List.of() : List.copyOf(taskImages);
            rubric = rubric == null ? List.of() : List.copyOf(rubric);
            preparation = preparation == null ? List.of() : List.copyOf(preparation);
        }

        public Score rubricTotal() {
            return rubric.stream().map(RubricRow::points).filter(p -> p != null)
                    .reduce(new Score(BigDecimal.ZERO), Score::plus);
        }
    }

    /** 评分标准 row: 序号, 评分要素, 配分, 评分标准, 类型 (M measured / J judged, optional), 否决项. */
    public record RubricRow(int seq, String element, Score points, String criteria, RubricKind kind, boolean veto) {
        public RubricRow {
            element = norm(element);
            criteria = norm(criteria);
        }
    }

    /** 类型 of a rubric row. */
    public enum RubricKind { M, J }

    /** 准备清单 row. 数量 is text because forms write "若干" or "1套". */
    public record PreparationItem(PreparationCategory category, String name, String spec, String quantity,
                                  String unit, String note) {
        public PreparationItem {
            name = norm(name);
            spec = norm(spec);
            quantity = norm(quantity);
            unit = norm(unit);
            note = norm(note);
        }
    }

    /** 类别 of a preparation row. */
    public enum PreparationCategory {
        SITE("考场准备"), CANDIDATE("考生准备");

        private final String displayName;

        PreparationCategory(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }

        public static Optional<PreparationCategory> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String t = text.strip();
            for (PreparationCategory c : values()) {
                if (c.displayName.equals(t) || c.name().equalsIgnoreCase(t)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }
}
