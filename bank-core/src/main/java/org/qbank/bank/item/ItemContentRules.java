package org.qbank.bank.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemContent.RubricRow;
import org.qbank.bank.item.ItemContent.SkillTask;

/**
 * The one place that says what content each item type needs. Collects every problem, then throws a
 * {@link RuleViolationException} naming each field (dotted paths such as {@code options[B].text},
 * {@code skill.rubric[2].points}).
 */
public final class ItemContentRules {

    private ItemContentRules() {
    }

    public static void validate(ItemType type, ItemContent c) {
        List<Violation> v = new ArrayList<>();
        if (c == null) {
            throw RuleViolationException.of("content", "试题内容不能为空");
        }
        if (type == ItemType.SKILL_TASK) {
            skill(c, v);
        } else {
            if (c.stem() == null) {
                v.add(new Violation("stem", "题干不能为空"));
            }
            if (c.skill() != null) {
                v.add(new Violation("skill", type.displayName() + "不能带操作技能部分"));
            }
            switch (type) {
                case TRUE_FALSE -> trueFalse(c, v);
                case SINGLE_CHOICE -> single(c, v);
                case MULTIPLE_CHOICE -> multiple(c, v);
                default -> freeResponse(type, c, v);
            }
        }
        if (!v.isEmpty()) {
            throw new RuleViolationException(v);
        }
    }

    private static void trueFalse(ItemContent c, List<Violation> v) {
        if (!c.options().isEmpty()) {
            v.add(new Violation("options", "判断题不设选项"));
        }
        if (!"√".equals(c.key()) && !"×".equals(c.key())) {
            v.add(new Violation("key", "判断题答案应为 √ 或 ×: " + c.key()));
        }
    }

    private static void single(ItemContent c, List<Violation> v) {
        Set<String> labels = options(c, v);
        if (c.key() == null) {
            v.add(new Violation("key", "单选题必须有答案"));
        } else if (c.key().length() != 1) {
            v.add(new Violation("key", "单选题只能有一个答案: " + c.key()));
        } else if (!labels.contains(c.key())) {
            v.add(new Violation("key", "答案 " + c.key() + " 不是已有的选项"));
        }
    }

    private static void multiple(ItemContent c, List<Violation> v) {
        Set<String> labels = options(c, v);
        String key = c.key() == null ? "" : c.key();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < key.length(); i++) {
            String k = String.valueOf(key.charAt(i));
            if (!keys.add(k)) {
                v.add(new Violation("key", "答案中选项 " + k + " 重复"));
            } else if (!labels.contains(k)) {
                v.add(new Violation("key", "答案 " + k + " 不是已有的选项"));
            }
        }
        if (keys.size() < 2) {
            v.add(new Violation("key", "多选题至少有两个答案: " + c.key()));
        }
    }

    /** Checks the options and returns their labels. */
    private static Set<String> options(ItemContent c, List<Violation> v) {
        Set<String> labels = new HashSet<>();
        if (c.options().size() < 2) {
            v.add(new Violation("options", "选择题至少需要两个选项, 现有 " + c.options().size() + " 个"));
        }
        for (ChoiceOption o : c.options()) {
            if (o.label() == null || !o.label().matches("[A-H]")) {
                v.add(new Violation("options", "选项标签应为 A 到 H 的单个字母: " + o.label()));
                continue;
            }
            if (!labels.add(o.label())) {
                v.add(new Violation("options[" + o.label() + "]", "选项 " + o.label() + " 重复"));
            }
            if (o.text() == null && o.imageHash() == null) {
                v.add(new Violation("options[" + o.label() + "].text", "选项 " + o.label() + " 既无文字也无图片"));
            }
        }
        return labels;
    }

    private static void freeResponse(ItemType type, ItemContent c, List<Violation> v) {
        if (!c.options().isEmpty()) {
            v.add(new Violation("options", type.displayName() + "不设选项"));
        }
        if (c.referenceAnswer() == null) {
            v.add(new Violation("referenceAnswer", type.displayName() + "必须有参考答案"));
        }
        if (c.scoringPoints() == null) {
            v.add(new Violation("scoringPoints", type.displayName() + "必须有评分要点"));
        }
    }

    private static void skill(ItemContent c, List<Violation> v) {
        SkillTask s = c.skill();
        if (s == null) {
            v.add(new Violation("skill", "操作技能试题必须有试题名称、考核时间、工作任务和评分标准"));
            return;
        }
        if (!c.options().isEmpty() || c.key() != null) {
            v.add(new Violation("options", "操作技能试题不设选项和答案"));
        }
        if (s.name() == null) {
            v.add(new Violation("skill.name", "试题名称不能为空"));
        }
        if (s.durationMinutes() <= 0) {
            v.add(new Violation("skill.durationMinutes", "考核时间应大于 0 分钟: " + s.durationMinutes()));
        }
        if (s.tasks() == null) {
            v.add(new Violation("skill.tasks", "工作任务不能为空"));
        }
        if (c.score() == null) {
            v.add(new Violation("score", "操作技能试题必须有分值"));
        }
        if (s.rubric().isEmpty()) {
            v.add(new Violation("skill.rubric", "评分标准至少需要一行"));
        }
        Set<Integer> seqs = new HashSet<>();
        for (RubricRow r : s.rubric()) {
            String f = "skill.rubric[" + r.seq() + "]";
            if (!seqs.add(r.seq())) {
                v.add(new Violation(f, "评分标准序号 " + r.seq() + " 重复"));
            }
            if (r.element() == null) {
                v.add(new Violation(f + ".element", "评分要素不能为空"));
            }
            if (r.points() == null) {
                v.add(new Violation(f + ".points", "配分不能为空"));
            }
            if (r.criteria() == null) {
                v.add(new Violation(f + ".criteria", "评分标准不能为空"));
            }
        }
        for (int i = 0; i < s.preparation().size(); i++) {
            ItemContent.PreparationItem p = s.preparation().get(i);
            if (p.category() == null) {
                v.add(new Violation("skill.preparation[" + (i + 1) + "].category", "类别应为 考场准备 或 考生准备"));
            }
            if (p.name() == null) {
                v.add(new Violation("skill.preparation[" + (i + 1) + "].name", "名称不能为空"));
            }
        }
        if (c.score() != null && !s.rubric().isEmpty() && s.rubric().stream().allMatch(r -> r.points() != null)
                && s.rubricTotal().compareTo(c.score()) != 0) {
            v.add(new Violation("skill.rubric", "评分标准配分合计 " + s.rubricTotal() + " 与试题分值 " + c.score() + " 不符"));
        }
    }
}
