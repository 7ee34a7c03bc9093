package org.qbank.tools.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qbank.bank.common.Level;
import org.qbank.bank.item.ItemType;
import org.qbank.tools.normalize.Difficulty;
import org.qbank.tools.normalize.Texts;

/** Sheet 试题 (and the third-party layout, with {@link LayoutDefaults}). */
final class TheorySheet extends SheetParser {

    static final String NAME = "试题";
    static final Column CODE = Column.optional("试题编码", "试题编号", "题目编码");
    static final Column OCCUPATION_CODE = Column.required("职业编码");
    static final Column WORK_TYPE = Column.optional("工种", "职业方向");
    static final Column LEVEL = Column.required("等级", "级别");
    static final Column TYPE = Column.required("题型", "试题类型", "题目类型");
    static final Column POINT = Column.required("鉴定点代码", "鉴定点", "鉴定点编码", "认定点代码");
    static final Column STEM = Column.required("题干", "试题内容", "题目", "题目内容");
    static final List<Column> OPTIONS = List.of(option('A'), option('B'), option('C'), option('D'), option('E'),
            option('F'), option('G'), option('H'));
    static final Column PACKED_OPTIONS = Column.optional("选项", "备选项", "选项内容");
    static final Column ANSWER = Column.required("答案", "正确答案", "参考答案", "标准答案");
    static final Column EXPLANATION = Column.optional("解析", "答案解析", "试题解析");
    static final Column DIFFICULTY = Column.optional("难度", "难易程度", "难度等级");
    static final Column SCORE = Column.optional("分值", "分数");
    static final Column AUTHOR = Column.optional("命题人", "作者", "出题人");
    static final Column SOURCE = Column.optional("来源", "试题来源");
    static final Column ENEMY = Column.optional("互斥组");
    static final Column STATUS = Column.optional("状态");
    static final Column EXPERTS = Column.optional("审定专家");
    static final Column REVIEW_DATE = Column.optional("审定日期");
    static final Column IMAGES = Column.optional("图片");
    static final Column CHAPTER = Column.optional("章节", "知识点", "章节名称");
    static final List<Column> COLUMNS;

    static {
        List<Column> c = new ArrayList<>(List.of(CODE, OCCUPATION_CODE, WORK_TYPE, LEVEL, TYPE, POINT, STEM));
        c.addAll(OPTIONS);
        c.addAll(List.of(PACKED_OPTIONS, ANSWER, EXPLANATION, DIFFICULTY, SCORE, AUTHOR, SOURCE, ENEMY, STATUS, EXPERTS,
                REVIEW_DATE, IMAGES, CHAPTER));
        COLUMNS = List.copyOf(c);
    }

    final List<TheoryItem> items = new ArrayList<>();
    private final LayoutDefaults defaults;
    private final ImageLookup images;

    TheorySheet(String sheet, Problems problems, LayoutDefaults defaults, ImageLookup images) {
        super(sheet, problems);
        this.defaults = defaults;
        this.images = images;
    }

    private static Column option(char letter) {
        return Column.optional("选项" + letter, String.valueOf(letter), "选项" + letter + "内容");
    }

    @Override
    List<Column> columns() {
        return COLUMNS;
    }

    @Override
    Set<Column> supplied() {
        Set<Column> s = new HashSet<>();
        if (defaults.occupationCode() != null) {
            s.add(OCCUPATION_CODE);
        }
        if (defaults.level() != null) {
            s.add(LEVEL);
        }
        if (!defaults.chapterToPoint().isEmpty()) {
            s.add(POINT);
        }
        return s;
    }

    @Override
    void row(RowReader r) {
        String occupation = r.raw(OCCUPATION_CODE).text().isBlank() && defaults.occupationCode() != null
                ? defaults.occupationCode() : Codes.occupation(r, r.required(OCCUPATION_CODE), OCCUPATION_CODE);
        Level level = r.raw(LEVEL).text().isBlank() && defaults.level() != null ? defaults.level() : Codes.level(r, LEVEL);
        String workType = r.text(WORK_TYPE).isEmpty() && defaults.workType() != null ? defaults.workType() : r.text(WORK_TYPE);
        String typeText = r.required(TYPE);
        ItemType type = ItemType.parse(typeText).orElse(null);
        if (type == null && !typeText.isEmpty()) {
            r.error(TYPE, typeText, "未知题型；可用：判断题（是非题）、单选题、多选题、填空题、简答题、计算题、论述题、案例分析题");
        } else if (type == ItemType.SKILL_TASK) {
            r.error(TYPE, typeText, "操作技能试题请填在「技能试题」工作表，「试题」工作表只收理论题型");
            type = null;
        } else if (type != null && !type.displayName().equals(typeText)) {
            r.warning(TYPE, typeText, "已按「" + type.displayName() + "」导入");
        }
        String point = point(r);
        String stem = stem(r);
        String answerText = r.text(ANSWER);
        AnswerRules.Keyed keyed = type == null ? null : AnswerRules.key(r, type, optionCells(r), answerText);
        if (type != null && !type.isKeyed() && keyed != null && r.text(EXPLANATION).isEmpty()) {
            r.error(EXPLANATION, "", type.displayName() + "须在「解析」列写评分要点");
            keyed = null;
        }
        Integer difficulty = null;
        String difficultyText = r.text(DIFFICULTY);
        if (!difficultyText.isEmpty()) {
            difficulty = Difficulty.parse(difficultyText).orElse(null);
            if (difficulty == null) {
                r.error(DIFFICULTY, difficultyText, "难度应为 易、较易、中等、较难、难 或 1…5");
            }
        }
        var score = r.positiveNumber(SCORE);
        StatusRules.Status status = StatusRules.read(r, STATUS, EXPERTS, REVIEW_DATE);
        List<ItemImage> pictures = images.forRow(r, IMAGES);
        String code = Texts.fold(r.text(CODE));
        if (occupation == null || level == null || type == null || point.isEmpty() || stem.isEmpty() || keyed == null) {
            return;
        }
        items.add(new TheoryItem(r.number(), code.isEmpty() ? null : code, occupation, workType, level, type, point,
                stem, keyed.options(), keyed.answer(), r.text(EXPLANATION), difficulty, score, r.text(AUTHOR),
                r.text(SOURCE), r.text(ENEMY), status.label(), status.review(), pictures));
    }

    private String point(RowReader r) {
        String chapter = r.text(CHAPTER);
        if (r.raw(POINT).text().isBlank() && !defaults.chapterToPoint().isEmpty()) {
            String mapped = defaults.chapterToPoint().get(chapter);
            if (mapped == null) {
                r.error(CHAPTER, chapter, "章节没有对应的鉴定点，请在章节映射中补上");
                return "";
            }
            return Codes.knowledgeCode(mapped);
        }
        String point = Codes.knowledgeCode(r.required(POINT));
        if (!point.isEmpty() && !Codes.validKnowledgeCode(point)) {
            r.error(POINT, point, "鉴定点代码只能由字母、数字和 - 组成");
            return "";
        }
        return point;
    }

    private String stem(RowReader r) {
        String raw = r.required(STEM);
        String stem = Texts.stripStemNumber(raw);
        if (!stem.equals(raw)) {
            r.warning(STEM, raw, "已去掉题干开头的题号");
        }
        return stem;
    }

    private Map<Column, String> optionCells(RowReader r) {
        Map<Column, String> cells = new java.util.LinkedHashMap<>();
        for (Column c : OPTIONS) {
            cells.put(c, r.text(c));
        }
        cells.put(PACKED_OPTIONS, r.text(PACKED_OPTIONS));
        return cells;
    }
}
