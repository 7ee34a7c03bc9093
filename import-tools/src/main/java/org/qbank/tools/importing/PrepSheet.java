package org.qbank.tools.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.tools.normalize.Texts;

/** Sheet 准备清单: each task's 准备通知单 lines. */
final class PrepSheet extends SheetParser {

    static final String NAME = "准备清单";
    static final Column CODE = Column.required("试题编码", "试题编号");
    static final Column CATEGORY = Column.required("类别");
    static final Column ITEM = Column.required("名称");
    static final Column SPEC = Column.optional("规格", "型号规格", "规格型号");
    static final Column QUANTITY = Column.optional("数量");
    static final Column UNIT = Column.optional("单位");
    static final Column NOTE = Column.optional("备注");
    static final List<Column> COLUMNS = List.of(CODE, CATEGORY, ITEM, SPEC, QUANTITY, UNIT, NOTE);

    final Map<String, List<PrepItem>> byTask = new LinkedHashMap<>();

    PrepSheet(String sheet, Problems problems) {
        super(sheet, problems);
    }

    @Override
    List<Column> columns() {
        return COLUMNS;
    }

    @Override
    void row(RowReader r) {
        String code = Texts.fold(r.required(CODE));
        String categoryText = r.required(CATEGORY);
        PrepItem.Category category = PrepItem.Category.parse(categoryText);
        if (category == null && !categoryText.isEmpty()) {
            r.error(CATEGORY, categoryText, "类别应为 考场准备 或 考生准备");
        }
        String name = r.required(ITEM);
        if (code.isEmpty() || category == null || name.isEmpty()) {
            return;
        }
        byTask.computeIfAbsent(code, k -> new ArrayList<>()).add(new PrepItem(r.number(), category, name,
                r.text(SPEC), Texts.fold(r.text(QUANTITY)), r.text(UNIT), r.text(NOTE)));
    }
}
