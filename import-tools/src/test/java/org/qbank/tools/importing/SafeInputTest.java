package org.qbank.tools.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qbank.bank.common.Level;
import org.qbank.bank.item.ItemType;
import org.qbank.tools.testdata.RealBank;
import org.qbank.tools.testdata.WorkbookBuilder;
import org.qbank.tools.workbook.InputLimits;
import org.qbank.tools.workbook.UnreadableInputException;

class SafeInputTest {

    @TempDir
    Path dir;

    private final BankWorkbookReader reader = new BankWorkbookReader();

    private Path smallWorkbook() throws Exception {
        try (WorkbookBuilder b = new WorkbookBuilder()) {
            b.sheet("试题", RealBank.THEORY_HEADER)
                    .row("T1", RealBank.OCCUPATION, "", "三级", "单选题", "A-A-001", "题", "甲", "乙", "丙", "丁", "A");
            return b.save(dir.resolve("small.xlsx"));
        }
    }

    @Test
    void aWorkbookThatInflatesLikeAZipBombIsRefused() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipFile in = new ZipFile(smallWorkbook().toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream s = in.getInputStream(e)) {
                    s.transferTo(out);
                }
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(spaces);
                    }
                }
            }
        }

        assertThatThrownBy(() -> reader.read(bomb, ImportOptions.DEFAULT))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("压缩炸弹");
    }

    @Test
    void anUploadZipWithAnInflatingPictureIsRefused() throws Exception {
        Path zip = dir.resolve("upload.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("bank.xlsx"));
            out.write(Files.readAllBytes(smallWorkbook()));
            out.putNextEntry(new ZipEntry("huge.png"));
            out.write(new byte[30 << 20]);
        }

        assertThatThrownBy(() -> reader.read(zip, ImportOptions.DEFAULT))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("压缩炸弹");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsOpened() throws Exception {
        Path file = smallWorkbook();
        ImportOptions tight = new ImportOptions(InputLimits.DEFAULT.withMaxFileBytes(1024), LayoutDefaults.NONE);

        assertThatThrownBy(() -> reader.read(file, tight))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("文件过大");
    }

    @Test
    void notAWorkbookIsRefusedWithAMessage() throws Exception {
        Path xls = Files.writeString(dir.resolve("old.xls"), "x");
        Path fake = Files.writeString(dir.resolve("fake.xlsx"), "not a zip");

        assertThatThrownBy(() -> reader.read(xls, ImportOptions.DEFAULT)).hasMessageContaining("另存为 .xlsx");
        assertThatThrownBy(() -> reader.read(fake, ImportOptions.DEFAULT)).isInstanceOf(UnreadableInputException.class);
    }

    @Test
    void formulaLikeTextIsNeutralisedOnExportAndRestoredOnImport() throws Exception {
        TheoryItem item = new TheoryItem(2, "F1", RealBank.OCCUPATION, "", Level.THREE, ItemType.SINGLE_CHOICE, "A-A-001",
                "=HYPERLINK(\"http://x\",\"点我\")", List.of("-5V", "+5V", "@0V", "10V"), "A", "", null, null, "", "",
                "", "草稿", null, List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new BankWorkbookWriter().write(new BankExport(List.of(), List.of(item), List.of()), bytes, n -> { });
        Path file = Files.write(dir.resolve("export.xlsx"), bytes.toByteArray());

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            var row = wb.getSheet("试题").getRow(1);
            assertThat(row.getCell(6).getStringCellValue()).startsWith("'=");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("'-5V");
        }
        ImportOutcome again = reader.read(file, ImportOptions.DEFAULT);
        assertThat(again.report().errors()).isEmpty();
        assertThat(again.bank().theoryItems().get(0).stem()).isEqualTo(item.stem());
        assertThat(again.bank().theoryItems().get(0).options()).isEqualTo(item.options());
    }

    @Test
    void theTemplateOffersDropDownsForTypeLevelAndDifficulty() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new TemplateWriter().write(bytes);

        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(wb.getSheet("试题").getRow(0).getCell(4).getStringCellValue()).isEqualTo("题型*");
            var lists = wb.getSheet("试题").getDataValidations().stream()
                    .map(v -> List.of(v.getValidationConstraint().getExplicitListValues())).toList();
            assertThat(lists).contains(List.of("判断题", "单选题", "多选题", "填空题", "简答题", "计算题", "论述题", "案例分析题"),
                    List.of("五级", "四级", "三级", "二级", "一级"), List.of("易", "较易", "中等", "较难", "难"));
            assertThat(wb.getSheetIndex("鉴定要素细目表")).isZero();
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
        }
        ImportOutcome blank = reader.read(Files.write(dir.resolve("t.xlsx"), bytes.toByteArray()), ImportOptions.DEFAULT);
        assertThat(blank.report().errors()).isEmpty();
    }
}
