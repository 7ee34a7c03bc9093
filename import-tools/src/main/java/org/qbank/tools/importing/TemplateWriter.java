package org.qbank.tools.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemType;
import org.qbank.tools.normalize.Difficulty;

/** A blank bank workbook: the five sheets with their headers and drop-downs for 题型, 等级, 难度 and the other lists. */
public final class TemplateWriter {

    private static final int LAST_ROW = 20_000;

    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = BankWorkbookWriter.bold(wb);
            List<String> levels = Arrays.stream(Level.values()).map(Level::grade).toList();
            Sheet k = BankWorkbookWriter.sheet(wb, KnowledgeSheet.NAME, KnowledgeSheet.COLUMNS, bold);
            list(k, KnowledgeSheet.COLUMNS.indexOf(KnowledgeSheet.LEVEL), levels);
            list(k, KnowledgeSheet.COLUMNS.indexOf(KnowledgeSheet.SUBJECT),
                    Arrays.stream(Subject.values()).map(Subject::displayName).toList());
            list(k, KnowledgeSheet.COLUMNS.indexOf(KnowledgeSheet.IMPORTANCE), List.of("X", "Y", "Z"));
            Sheet t = BankWorkbookWriter.sheet(wb, TheorySheet.NAME, RowValues.THEORY_COLUMNS, bold);
            list(t, RowValues.THEORY_COLUMNS.indexOf(TheorySheet.LEVEL), levels);
            list(t, RowValues.THEORY_COLUMNS.indexOf(TheorySheet.TYPE),
                    Arrays.stream(ItemType.values()).filter(type -> type != ItemType.SKILL_TASK)
                            .map(ItemType::displayName).toList());
            list(t, RowValues.THEORY_COLUMNS.indexOf(TheorySheet.DIFFICULTY), Difficulty.WORDS);
            list(t, RowValues.THEORY_COLUMNS.indexOf(TheorySheet.STATUS), List.of(StatusRules.DRAFT, StatusRules.APPROVED));
            Sheet s = BankWorkbookWriter.sheet(wb, SkillSheet.NAME, SkillSheet.COLUMNS, bold);
            list(s, SkillSheet.COLUMNS.indexOf(SkillSheet.LEVEL), levels);
            list(s, SkillSheet.COLUMNS.indexOf(SkillSheet.STATUS), List.of(StatusRules.DRAFT, StatusRules.APPROVED));
            Sheet r = BankWorkbookWriter.sheet(wb, RubricSheet.NAME, RubricSheet.COLUMNS, bold);
            list(r, RubricSheet.COLUMNS.indexOf(RubricSheet.KIND), List.of("M", "J"));
            list(r, RubricSheet.COLUMNS.indexOf(RubricSheet.VETO), List.of("是", "否"));
            Sheet p = BankWorkbookWriter.sheet(wb, PrepSheet.NAME, PrepSheet.COLUMNS, bold);
            list(p, PrepSheet.COLUMNS.indexOf(PrepSheet.CATEGORY),
                    Arrays.stream(PrepItem.Category.values()).map(PrepItem.Category::label).toList());
            wb.write(out);
        }
    }

    private static void list(Sheet sheet, int column, List<String> values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, LAST_ROW, column, column));
        v.setShowErrorBox(true);
        v.createErrorBox("输入无效", "请从下拉列表中选择");
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }
}
