package org.qbank.tools.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.qbank.tools.workbook.RowSource;
import org.qbank.tools.workbook.SheetRow;

/**
 * The user's workbook given back with a 错误 column after the last one on every row that has problems, plus a first
 * sheet 错误汇总 listing them all. Written with SXSSF so a 100,000-row copy needs a small, fixed heap.
 */
final class ErrorWorkbookWriter {

    static final String SUMMARY = "错误汇总";
    static final String ERROR_COLUMN = "错误";

    private ErrorWorkbookWriter() {
    }

    static void write(RowSource source, ImportReport report, OutputStream out) throws IOException {
        Map<String, Map<Integer, String>> bySheet = new HashMap<>();
        report.problems().stream().collect(Collectors.groupingBy(ImportProblem::sheet)).forEach((sheet, list) ->
                bySheet.put(sheet, list.stream().filter(p -> p.row() > 0).collect(Collectors.groupingBy(ImportProblem::row,
                        Collectors.mapping(ErrorWorkbookWriter::line, Collectors.joining("；"))))));
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle red = wb.createCellStyle();
            red.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            summary(wb.createSheet(SUMMARY), report.problems());
            for (String name : source.sheetNames()) {
                Sheet sheet = wb.createSheet(name);
                Map<Integer, String> errors = bySheet.getOrDefault(name, Map.of());
                int[] width = {0};
                source.read(name, r -> copy(sheet, r, errors, red, width));
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static void copy(Sheet sheet, SheetRow r, Map<Integer, String> errors, CellStyle red, int[] width) {
        Row row = sheet.createRow(r.number() - 1);
        for (int c = 0; c < r.cells().size(); c++) {
            String text = r.cell(c).text();
            if (!text.isEmpty()) {
                row.createCell(c).setCellValue(text);
            }
        }
        if (width[0] == 0) {
            width[0] = Math.max(r.cells().size(), 1);
            row.createCell(width[0]).setCellValue(ERROR_COLUMN);
        }
        String message = errors.get(r.number());
        if (message != null) {
            var cell = row.createCell(Math.max(width[0], r.cells().size()));
            cell.setCellValue(message);
            cell.setCellStyle(red);
        }
    }

    private static void summary(Sheet sheet, List<ImportProblem> problems) {
        String[] head = {"级别", "工作表", "行", "列", "值", "原因"};
        Row h = sheet.createRow(0);
        for (int i = 0; i < head.length; i++) {
            h.createCell(i).setCellValue(head[i]);
        }
        int n = 1;
        for (ImportProblem p : problems) {
            Row row = sheet.createRow(n++);
            row.createCell(0).setCellValue(p.severity() == ImportProblem.Severity.ERROR ? "错误" : "警告");
            row.createCell(1).setCellValue(p.sheet());
            row.createCell(2).setCellValue(p.row());
            row.createCell(3).setCellValue(p.column());
            row.createCell(4).setCellValue(p.value());
            row.createCell(5).setCellValue(p.reason());
        }
    }

    private static String line(ImportProblem p) {
        return (p.severity() == ImportProblem.Severity.WARNING ? "[警告] " : "") + (p.column().isEmpty() ? "" : p.column() + ": ") + p.reason();
    }
}
