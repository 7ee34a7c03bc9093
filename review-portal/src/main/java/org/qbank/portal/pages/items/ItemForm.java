package org.qbank.portal.pages.items;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemContent.PreparationCategory;
import org.qbank.bank.item.ItemContent.PreparationItem;
import org.qbank.bank.item.ItemContent.RubricKind;
import org.qbank.bank.item.ItemContent.RubricRow;
import org.qbank.bank.item.ItemContent.SkillTask;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.Score;

/**
 * What the item editor posts (public fields, bound directly). Converts to and from {@link ItemContent}; the
 * content rules themselves stay in bank-core.
 */
public class ItemForm {

    public Long treeId;
    public Long knowledgePointId;
    public ItemType type = ItemType.SINGLE_CHOICE;
    public String stem;
    public List<OptionLine> options = new ArrayList<>();
    public List<String> keys = new ArrayList<>();
    public String analysis;
    public String referenceAnswer;
    public String scoringPoints;
    public Integer difficulty = 3;
    public String score;
    public String changeNote;
    public long lockVersion;
    public String taskName;
    public Integer durationMinutes;
    public String background;
    public String tasks;
    public String skillRequirements;
    public String qualityIndicators;
    public List<RubricLine> rubric = new ArrayList<>();
    /** SHA-256 of each stem image, in order (uploaded beforehand through the image endpoint). */
    public List<String> stemImages = new ArrayList<>();
    /** A skill task's images: not edited here, carried so an edit keeps them. */
    public List<String> taskImages = new ArrayList<>();
    public List<PrepLine> preparation = new ArrayList<>();

    /** 选项 row; {@code imageHash} is an option's picture (from an imported workbook), kept through an edit. */
    public static class OptionLine {
        public String label;
        public String text;
        public String imageHash;

        public OptionLine() {
        }

        OptionLine(String label, String text) {
            this.label = label;
            this.text = text;
        }
    }

    /** 评分记录表 row; {@code points} as typed, converted to a {@link Score}. */
    public static class RubricLine {
        public String element;
        public String points;
        public String criteria;
        public String kind;
        public boolean veto;
    }

    /** One row of the 准备清单 (准备通知单): 类别, 名称, 规格, 数量, 单位, 备注. */
    public static class PrepLine {
        public String category;
        public String name;
        public String spec;
        public String quantity;
        public String unit;
        public String note;

        boolean isBlank() {
            return blank(name) && blank(spec) && blank(quantity) && blank(unit) && blank(note);
        }
    }

    /** A blank form of the type, with four options for choice items and one rubric row for skill tasks. */
    static ItemForm blank(ItemType type, long treeId) {
        ItemForm f = new ItemForm();
        f.type = type;
        f.treeId = treeId;
        if (type.isChoice()) {
            for (String l : List.of("A", "B", "C", "D")) {
                f.options.add(new OptionLine(l, ""));
            }
        }
        if (type == ItemType.SKILL_TASK) {
            f.rubric.add(new RubricLine());
            f.preparation.add(new PrepLine());
            f.durationMinutes = 60;
        }
        return f;
    }

    static ItemForm of(ItemView item, long treeId) {
        ItemContent c = item.latest().content();
        ItemForm f = new ItemForm();
        f.treeId = treeId;
        f.knowledgePointId = item.knowledgePointId();
        f.type = item.type();
        f.stem = c.stem();
        f.stemImages.addAll(c.stemImages());
        c.options().forEach(o -> {
            OptionLine line = new OptionLine(o.label(), o.text());
            line.imageHash = o.imageHash();
            f.options.add(line);
        });
        if (c.key() != null) {
            c.key().codePoints().forEach(cp -> f.keys.add(new String(Character.toChars(cp))));
        }
        f.analysis = c.analysis();
        f.referenceAnswer = c.referenceAnswer();
        f.scoringPoints = c.scoringPoints();
        f.difficulty = c.difficulty() == null ? null : c.difficulty().value();
        f.score = c.score() == null ? null : c.score().text();
        f.lockVersion = item.lockVersion();
        SkillTask s = c.skill();
        if (s != null) {
            f.taskName = s.name();
            f.durationMinutes = s.durationMinutes();
            f.background = s.background();
            f.tasks = s.tasks();
            f.skillRequirements = s.skillRequirements();
            f.qualityIndicators = s.qualityIndicators();
            for (RubricRow r : s.rubric()) {
                RubricLine l = new RubricLine();
                l.element = r.element();
                l.points = r.points() == null ? null : r.points().text();
                l.criteria = r.criteria();
                l.kind = r.kind() == null ? null : r.kind().name();
                l.veto = r.veto();
                f.rubric.add(l);
            }
            f.taskImages.addAll(s.taskImages());
            for (PreparationItem p : s.preparation()) {
                PrepLine l = new PrepLine();
                l.category = p.category().name();
                l.name = p.name();
                l.spec = p.spec();
                l.quantity = p.quantity();
                l.unit = p.unit();
                l.note = p.note();
                f.preparation.add(l);
            }
            if (f.preparation.isEmpty()) {
                f.preparation.add(new PrepLine());
            }
        }
        return f;
    }

    /** The content as bank-core stores it; malformed numbers are reported per field. */
    ItemContent toContent() {
        Difficulty d = difficulty == null ? null : Difficulty.of(difficulty);
        Score points = score(score, "score");
        if (type == ItemType.SKILL_TASK) {
            List<RubricRow> rows = new ArrayList<>();
            int seq = 0;
            for (RubricLine l : rubric) {
                if (blank(l.element) && blank(l.points) && blank(l.criteria)) {
                    continue;
                }
                seq++;
                rows.add(new RubricRow(seq, l.element, score(l.points, "skill.rubric[" + seq + "].points"), l.criteria,
                        blank(l.kind) ? null : RubricKind.valueOf(l.kind), l.veto));
            }
            SkillTask task = new SkillTask(taskName, durationMinutes == null ? 0 : durationMinutes, background, tasks,
                    skillRequirements, qualityIndicators, hashes(taskImages), rows, preparation());
            return ItemContent.skillTask(task, d, points);
        }
        List<ChoiceOption> opts = new ArrayList<>();
        if (type.isChoice()) {
            options.stream().filter(o -> o != null && o.label != null).forEach(o -> opts.add(new ChoiceOption(o.label, o.text, o.imageHash)));
        }
        String key = type == ItemType.TRUE_FALSE || type.isChoice()
                ? String.join("", keys.stream().filter(k -> k != null && !k.isBlank()).sorted().toList()) : null;
        return new ItemContent(stem, hashes(stemImages), opts, key, analysis, type.isFreeResponse() ? referenceAnswer : null,
                type.isFreeResponse() ? scoringPoints : null, d, points, null);
    }

    /** The 准备清单 rows that carry anything; bank-core's content rules report a missing 类别 or 名称. */
    private List<PreparationItem> preparation() {
        return preparation.stream().filter(l -> l != null && !l.isBlank())
                .map(l -> new PreparationItem(PreparationCategory.parse(l.category).orElse(null), l.name, l.spec,
                        l.quantity, l.unit, l.note)).toList();
    }

    private static List<String> hashes(List<String> list) {
        return list.stream().filter(h -> h != null && !h.isBlank()).map(String::strip).distinct().toList();
    }

    private static Score score(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return Score.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            throw RuleViolationException.of(field, "不是数字: " + text);
        } catch (RuleViolationException e) {
            throw RuleViolationException.of(field, e.violations().get(0).message());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
