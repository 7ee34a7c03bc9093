package org.qbank.bench.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.qbank.tools.workbook.CsvRowSource;
import org.qbank.tools.workbook.InputLimits;

/**
 * Writes a bank workbook of N theory items from real data: the 电工 三级 细目表 (xmb-dg-3.csv) and the CMMLU questions
 * (haonan-li/CMMLU, CC BY-NC-SA 4.0, bench input only), cycled with a set number appended so every stem is distinct.
 */
final class BenchWorkbook {

    static final String OCCUPATION = "6-31-01-03";

    private BenchWorkbook() {
    }

    static Path write(Path testdata, int items, Path file) throws IOException {
        List<String[]> knowledge = new ArrayList<>();
        read(testdata.resolve("xmb-dg-3.csv"), r -> knowledge.add(r));
        List<String> points = knowledge.stream().skip(1).filter(r -> r.length > 8 && !r[8].isBlank()).map(r -> r[5]).toList();
        List<String[]> questions = new ArrayList<>();
        try (Stream<Path> files = Files.list(testdata.resolve("cmmlu"))) {
            for (Path f : files.sorted().toList()) {
                read(f, r -> {
                    if (r.length >= 7 && !r[1].equals("Question") && !r[1].isBlank()
                            && Stream.of(r[2], r[3], r[4], r[5]).distinct().count() == 4) {
                        questions.add(r);
                    }
                });
            }
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            Sheet k = wb.createSheet("鉴定要素细目表");
            for (int i = 0; i < knowledge.size(); i++) {
                row(k, i, (Object[]) knowledge.get(i));
            }
            Sheet t = wb.createSheet("试题");
            row(t, 0, "试题编码", "职业编码*", "等级*", "题型*", "鉴定点代码*", "题干*", "选项A", "选项B", "选项C", "选项D", "答案*", "难度", "分值");
            for (int n = 0; n < items; n++) {
                String[] q = questions.get(n % questions.size());
                int set = n / questions.size();
                row(t, n + 1, String.format("B-%06d", n + 1), OCCUPATION, "三级", "单选题", points.get(n % points.size()),
                        set == 0 ? q[1].strip() : q[1].strip() + "（第" + set + "套）", q[2].strip(), q[3].strip(), q[4].strip(),
                        q[5].strip(), q[6].strip(), "中等", "0.5");
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].toString().isEmpty()) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }

    private static void read(Path csv, java.util.function.Consumer<String[]> rows) throws IOException {
        try (CsvRowSource source = CsvRowSource.open(csv, "csv", InputLimits.DEFAULT)) {
            source.read("csv", r -> rows.accept(r.cells().stream().map(c -> c.text()).toArray(String[]::new)));
        }
    }
}
