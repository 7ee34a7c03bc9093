package org.qbank.tools.filing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qbank.bank.common.Level;
import org.qbank.tools.filing.ResourceInfoRow.Quantity;
import org.qbank.tools.filing.ResourceInfoRow.Source;

/**
 * 职业技能等级认定试题资源基本信息 as a workbook, following the notes of seeds/002 附件2: one row per occupation /
 * work type (same occupations not merged), 级别 as Arabic numerals joined by 、 (5、4、3), 科目 and 题量 matched
 * (理论420题，技能12套), and for a 市级题库 source no 类型, 科目 or 题量.
 */
public final class ResourceInfoWorkbook {

    public static final String SHEET = "试题资源基本信息";
    public static final List<String> HEADERS = List.of("序号", "职业名称", "职业编码", "工种/职业方向", "级别",
            "试题资源来源（市级题库/自建试题资源）", "试题资源类型（题库/卷库）", "科目（理论/技能/综合）", "题量（题数/套数）");

    public void write(List<ResourceInfoRow> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, (i == 0 ? 6 : i >= 5 ? 28 : 16) * 256);
            }
            int n = 1;
            for (ResourceInfoRow r : rows) {
                Row row = sheet.createRow(n);
                boolean self = r.source() == Source.SELF_BUILT;
                String[] cells = {String.valueOf(n), r.occupationName(), r.occupationCode(),
                        r.workType() == null ? "" : r.workType(), levels(r.levels()), r.source().displayName(),
                        self ? r.kind().displayName() : "", self ? subjects(r.quantities()) : "",
                        self ? quantities(r.quantities()) : ""};
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
                n++;
            }
            wb.write(out);
        }
    }

    /** 5、4、3: highest number (五级) first. */
    static String levels(List<Level> levels) {
        return levels.stream().distinct().sorted(Comparator.comparingInt(Level::number).reversed())
                .map(l -> String.valueOf(l.number())).collect(Collectors.joining("、"));
    }

    static String subjects(List<Quantity> q) {
        return q.stream().filter(x -> x.count() > 0).map(x -> x.subject().shortName()).collect(Collectors.joining("、"));
    }

    /** 理论420题，技能12套 (full-width comma, as on the form). */
    static String quantities(List<Quantity> q) {
        return q.stream().filter(x -> x.count() > 0).map(x -> x.subject().shortName() + x.count() + x.unit())
                .collect(Collectors.joining("，"));
    }
}
