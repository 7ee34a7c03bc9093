package org.qbank.tools.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.qbank.bank.common.Level;
import org.qbank.tools.normalize.Texts;
import org.qbank.tools.workbook.Cell;

/** Sheet 技能试题: one skill-operation task per row; rubric and preparation come from their own sheets. */
final class SkillSheet extends SheetParser {

    static final String NAME = "技能试题";
    static final Column CODE = Column.required("试题编码", "试题编号");
    static final Column OCCUPATION_CODE = Column.required("职业编码");
    static final Column WORK_TYPE = Column.optional("工种", "职业方向");
    static final Column LEVEL = Column.required("等级", "级别");
    static final Column POINT = Column.required("鉴定点代码", "模块代码", "鉴定点");
    static final Column NAME_COLUMN = Column.required("试题名称", "题目名称");
    static final Column DURATION = Column.required("考核时间", "考核时间(分钟)", "考试时间");
    static final Column BACKGROUND = Column.optional("题目背景", "背景");
    static final Column TASKS = Column.required("工作任务", "任务");
    static final Column REQUIREMENTS = Column.optional("技能要求");
    static final Column QUALITY = Column.optional("质量指标");
    static final Column SCORE = Column.optional("分值", "配分");
    static final Column AUTHOR = Column.optional("命题人", "作者");
    static final Column STATUS = Column.optional("状态");
    static final Column EXPERTS = Column.optional("审定专家");
    static final Column REVIEW_DATE = Column.optional("审定日期");
    static final List<Column> COLUMNS = List.of(CODE, OCCUPATION_CODE, WORK_TYPE, LEVEL, POINT, NAME_COLUMN, DURATION,
            BACKGROUND, TASKS, REQUIREMENTS, QUALITY, SCORE, AUTHOR, STATUS, EXPERTS, REVIEW_DATE);

    final List<SkillTask> tasks = new ArrayList<>();

    SkillSheet(String sheet, Problems problems) {
        super(sheet, problems);
    }

    @Override
    List<Column> columns() {
        return COLUMNS;
    }

    @Override
    void row(RowReader r) {
        String code = Texts.fold(r.required(CODE));
        String occupation = Codes.occupation(r, r.required(OCCUPATION_CODE), OCCUPATION_CODE);
        Level level = Codes.level(r, LEVEL);
        String point = Codes.knowledgeCode(r.required(POINT));
        String name = r.required(NAME_COLUMN);
        Integer minutes = minutes(r);
        String work = r.required(TASKS);
        BigDecimal score = r.positiveNumber(SCORE);
        StatusRules.Status status = StatusRules.read(r, STATUS, EXPERTS, REVIEW_DATE);
        if (code.isEmpty() || occupation == null || level == null || point.isEmpty() || name.isEmpty()
                || minutes == null || work.isEmpty()) {
            return;
        }
        tasks.add(new SkillTask(r.number(), code, occupation, r.text(WORK_TYPE), level, point, name, minutes,
                r.text(BACKGROUND), work, r.text(REQUIREMENTS), r.text(QUALITY),
                score == null ? BigDecimal.valueOf(100) : score, r.text(AUTHOR), status.label(), status.review(),
                List.of(), List.of()));
    }

    /** 考核时间 in minutes: "90", "90分钟", "1.5小时", or a time Excel made of "1:30". */
    private static Integer minutes(RowReader r) {
        Cell raw = r.raw(DURATION);
        if (raw.kind() == Cell.Kind.TIME) {
            String[] hm = raw.text().split(":");
            int m = Integer.parseInt(hm[0]) * 60 + Integer.parseInt(hm[1]);
            r.warning(DURATION, raw.text(), "Excel 把考核时间存成了时刻，已按 " + m + " 分钟导入");
            return m;
        }
        String t = Texts.fold(r.required(DURATION)).replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            if (t.endsWith("小时") || t.endsWith("h")) {
                return new BigDecimal(t.replace("小时", "").replace("h", "")).multiply(BigDecimal.valueOf(60)).intValueExact();
            }
            int m = Integer.parseInt(t.replace("分钟", "").replace("min", "").replace("分", ""));
            if (m > 0 && m <= 24 * 60) {
                return m;
            }
        } catch (NumberFormatException | ArithmeticException ignored) {
            // reported below
        }
        r.error(DURATION, t, "考核时间应为分钟数（如 90 或 90分钟）");
        return null;
    }
}
