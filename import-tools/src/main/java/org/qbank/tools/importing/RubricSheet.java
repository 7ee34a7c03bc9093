package org.qbank.tools.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.tools.normalize.Texts;

/** Sheet 评分标准: the rows of each task's 评分记录表, keyed by 试题编码. */
final class RubricSheet extends SheetParser {

    static final String NAME = "评分标准";
    static final Column CODE = Column.required("试题编码", "试题编号");
    static final Column NUMBER = Column.required("序号");
    static final Column ELEMENT = Column.required("评分要素", "考核要点", "考核内容");
    static final Column POINTS = Column.required("配分", "分值");
    static final Column CRITERIA = Column.required("评分标准", "扣分细则", "评分细则");
    static final Column KIND = Column.optional("类型");
    static final Column VETO = Column.optional("否决项");
    static final List<Column> COLUMNS = List.of(CODE, NUMBER, ELEMENT, POINTS, CRITERIA, KIND, VETO);

    final Map<String, List<RubricRow>> byTask = new LinkedHashMap<>();

    RubricSheet(String sheet, Problems problems) {
        super(sheet, problems);
    }

    @Override
    List<Column> columns() {
        return COLUMNS;
    }

    @Override
    void row(RowReader r) {
        String code = Texts.fold(r.required(CODE));
        String numberText = Texts.fold(r.required(NUMBER));
        Integer number = null;
        try {
            number = numberText.isEmpty() ? null : new BigDecimal(numberText).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            r.error(NUMBER, numberText, "序号应为整数");
        }
        String element = r.required(ELEMENT);
        BigDecimal points = r.positiveNumber(POINTS);
        if (points == null && r.text(POINTS).isEmpty()) {
            r.required(POINTS);
        }
        String criteria = r.required(CRITERIA);
        String kind = Texts.fold(r.text(KIND)).toUpperCase();
        if (!kind.isEmpty() && !kind.equals("M") && !kind.equals("J")) {
            r.error(KIND, kind, "类型应为 M（测量）或 J（评判）");
        }
        String vetoText = r.text(VETO);
        boolean veto = vetoText.equals("是") || vetoText.equalsIgnoreCase("Y");
        if (!vetoText.isEmpty() && !veto && !vetoText.equals("否") && !vetoText.equalsIgnoreCase("N")) {
            r.error(VETO, vetoText, "否决项应为 是 或 否");
        }
        if (code.isEmpty() || number == null || element.isEmpty() || points == null || criteria.isEmpty()) {
            return;
        }
        List<RubricRow> rows = byTask.computeIfAbsent(code, k -> new ArrayList<>());
        final int n = number;
        if (rows.stream().anyMatch(x -> x.number() == n)) {
            r.error(NUMBER, numberText, "同一试题的评分标准序号重复");
            return;
        }
        rows.add(new RubricRow(r.number(), number, element, points, criteria, kind.isEmpty() ? null : kind, veto));
    }
}
