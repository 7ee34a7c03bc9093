package org.qbank.tools.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntConsumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.qbank.tools.normalize.Difficulty;

/**
 * Writes a bank in the workbook layout it is imported from (DOMAIN §7), streaming with SXSSF: only a window of rows
 * is in memory, so 100,000 items need a small heap. Every text cell passes {@link SafeText}.
 */
public final class BankWorkbookWriter {

    private static final int WINDOW = 500;

    /** Writes the bank; {@code progress} is told the number of rows written so far (every 1,000 rows). */
    public void write(BankExport bank, OutputStream out, IntConsumer progress) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
            wb.setCompressTempFiles(true);
            CellStyle bold = bold(wb);
            int[] count = {0};
            Runnable tick = () -> {
                if (++count[0] % 1000 == 0) {
                    progress.accept(count[0]);
                }
            };
            Sheet k = sheet(wb, KnowledgeSheet.NAME, KnowledgeSheet.COLUMNS, bold);
            fill(k, bank.knowledge(), RowValues::knowledge, tick);
            Sheet t = sheet(wb, TheorySheet.NAME, RowValues.THEORY_COLUMNS, bold);
            fill(t, bank.theoryItems(), RowValues::theory, tick);
            List<SkillTask> tasks = new ArrayList<>();
            Sheet s = sheet(wb, SkillSheet.NAME, SkillSheet.COLUMNS, bold);
            fill(s, new Iterable<SkillTask>() {
                @Override
                public Iterator<SkillTask> iterator() {
                    Iterator<SkillTask> it = bank.skillTasks().iterator();
                    return new Iterator<>() {
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        public SkillTask next() {
                            SkillTask task = it.next();
                            tasks.add(task);
                            return task;
                        }
                    };
                }
            }, RowValues::skill, tick);
            Sheet r = sheet(wb, RubricSheet.NAME, RubricSheet.COLUMNS, bold);
            Sheet p = sheet(wb, PrepSheet.NAME, PrepSheet.COLUMNS, bold);
            for (SkillTask task : tasks) {
                for (RubricRow row : task.rubric()) {
                    put(r, RowValues.rubric(task.code(), row));
                }
                for (PrepItem item : task.preparation()) {
                    put(p, RowValues.prep(task.code(), item));
                }
            }
            progress.accept(count[0]);
            wb.write(out);
            wb.dispose();
        }
    }

    private static <T> void fill(Sheet sheet, Iterable<T> rows, java.util.function.Function<T, List<Object>> values,
                                 Runnable tick) {
        for (T row : rows) {
            put(sheet, values.apply(row));
            tick.run();
        }
    }

    static Sheet sheet(org.apache.poi.ss.usermodel.Workbook wb, String name, List<Column> columns, CellStyle bold) {
        Sheet sheet = wb.createSheet(name);
        Row h = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            var cell = h.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(bold);
        }
        return sheet;
    }

    private static void put(Sheet sheet, List<Object> values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null || "".equals(v)) {
                continue;
            }
            if (v instanceof BigDecimal n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v instanceof Integer n) {
                row.createCell(i).setCellValue(n);
            } else {
                row.createCell(i).setCellValue(SafeText.cell(v.toString()));
            }
        }
    }

    static CellStyle bold(org.apache.poi.ss.usermodel.Workbook wb) {
        CellStyle style = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }

}
