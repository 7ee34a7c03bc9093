package org.qbank.tools.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.tools.normalize.Texts;

/** Sheet 鉴定要素细目表: one row per node of the tree. */
final class KnowledgeSheet extends SheetParser {

    static final String NAME = "鉴定要素细目表";
    static final Column OCCUPATION_CODE = Column.required("职业编码");
    static final Column OCCUPATION_NAME = Column.optional("职业名称");
    static final Column WORK_TYPE = Column.optional("工种", "职业方向", "工种/职业方向");
    static final Column LEVEL = Column.required("等级", "级别");
    static final Column SUBJECT = Column.required("科目");
    static final Column CODE = Column.required("代码", "鉴定点代码", "编码");
    static final Column TITLE = Column.required("名称", "鉴定点名称", "鉴定范围名称", "内容");
    static final Column WEIGHT = Column.optional("鉴定比重", "比重", "权重");
    static final Column IMPORTANCE = Column.optional("重要程度");
    static final List<Column> COLUMNS = List.of(OCCUPATION_CODE, OCCUPATION_NAME, WORK_TYPE, LEVEL, SUBJECT, CODE,
            TITLE, WEIGHT, IMPORTANCE);

    final List<KnowledgeRow> rows = new ArrayList<>();

    KnowledgeSheet(String sheet, Problems problems) {
        super(sheet, problems);
    }

    @Override
    List<Column> columns() {
        return COLUMNS;
    }

    @Override
    void row(RowReader r) {
        String occupation = Codes.occupation(r, r.required(OCCUPATION_CODE), OCCUPATION_CODE);
        Level level = Codes.level(r, LEVEL);
        String subjectText = r.required(SUBJECT);
        Subject subject = Subject.parse(subjectText).orElse(null);
        if (subject == null && !subjectText.isEmpty()) {
            r.error(SUBJECT, subjectText, "科目应为 理论知识、操作技能 或 综合评审");
        }
        String code = Codes.knowledgeCode(r.required(CODE));
        if (!code.isEmpty() && !Codes.validKnowledgeCode(code)) {
            r.error(CODE, code, "代码只能由字母、数字和 - 组成（如 A-A-001 或 0111）");
            code = "";
        }
        String name = r.required(TITLE);
        BigDecimal weight = r.positiveNumber(WEIGHT);
        String importanceText = Texts.fold(r.text(IMPORTANCE)).toUpperCase();
        KnowledgeRow.Importance importance = null;
        if (!importanceText.isEmpty()) {
            if (importanceText.matches("[XYZ]")) {
                importance = KnowledgeRow.Importance.valueOf(importanceText);
            } else {
                r.error(IMPORTANCE, importanceText, "重要程度应为 X（核心）、Y（一般）或 Z（辅助）");
            }
        }
        if (weight != null && importance != null) {
            r.error(IMPORTANCE, importanceText, "一行不能既有鉴定比重（鉴定范围）又有重要程度（鉴定点）");
        } else if (weight == null && importance == null && importanceText.isEmpty()
                && r.text(WEIGHT).isEmpty()) {
            r.error(WEIGHT, "", "鉴定范围须填鉴定比重，鉴定点须填重要程度，两者都为空");
        }
        if (occupation == null || level == null || subject == null || code.isEmpty() || name.isEmpty()) {
            return;
        }
        rows.add(new KnowledgeRow(r.number(), occupation, r.text(OCCUPATION_NAME), r.text(WORK_TYPE), level, subject,
                code, Arrays.asList(code.split("-")), name, weight, importance));
    }
}
