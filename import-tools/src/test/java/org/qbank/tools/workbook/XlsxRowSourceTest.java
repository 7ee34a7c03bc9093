package org.qbank.tools.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowSourceTest {

    private static final List<String> TEXTS = List.of("电工安全操作规程", " 前后空格 ", "a_x0041_b", "回车_x000D_后", "", "AB12");
    /** As Excel reads them: POI writes {@code _xHHHH_} unescaped, so it comes back as the character it names. */
    private static final List<String> READ = List.of("电工安全操作规程", " 前后空格 ", "aAb", "回车\r后", "", "AB12");

    @TempDir
    Path dir;

    @Test
    void inlineTextCellsReadBackExactlyAsSharedStringCellsDo() throws Exception {
        List<SheetRow> inline = roundTrip(new SXSSFWorkbook(), "inline.xlsx");
        List<SheetRow> shared = roundTrip(new XSSFWorkbook(), "shared.xlsx");

        assertThat(inline).isEqualTo(shared);
        assertThat(inline.get(0).number()).isEqualTo(2);
        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(inline.get(0).cell(i + 1).text()).isEqualTo(READ.get(i));
        }
        assertThat(inline.get(0).cell(0)).isEqualTo(Cell.EMPTY);
        assertThat(inline.get(0).cell(TEXTS.size() + 1).text()).isEqualTo("3.5");
        assertThat(inline.get(0).cell(TEXTS.size() + 2).isTemporal()).isTrue();
        assertThat(inline.get(1).number()).isEqualTo(30);
        assertThat(inline.get(1).cell(27).text()).isEqualTo("第二十八列");
    }

    private List<SheetRow> roundTrip(Workbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("试题");
            Row row = sheet.createRow(1);
            for (int i = 0; i < TEXTS.size(); i++) {
                row.createCell(i + 1).setCellValue(TEXTS.get(i));
            }
            row.createCell(TEXTS.size() + 1).setCellValue(3.5);
            var date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var d = row.createCell(TEXTS.size() + 2);
            d.setCellValue(LocalDate.of(2025, 1, 2));
            d.setCellStyle(date);
            sheet.createRow(29).createCell(27).setCellValue("第二十八列");
            wb.write(out);
        }
        List<SheetRow> rows = new ArrayList<>();
        try (XlsxRowSource source = XlsxRowSource.open(file, InputLimits.DEFAULT)) {
            source.read("试题", rows::add);
        }
        return rows;
    }
}
