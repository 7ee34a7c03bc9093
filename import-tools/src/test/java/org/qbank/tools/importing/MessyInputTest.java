package org.qbank.tools.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qbank.bank.common.Level;
import org.qbank.bank.item.ItemType;
import org.qbank.tools.testdata.RealBank;
import org.qbank.tools.testdata.WorkbookBuilder;

/** Real workbooks are dirty: each quirk is normalised, with a warning where the user should know. */
class MessyInputTest {

    private static final String OCC = RealBank.OCCUPATION;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};

    @TempDir
    Path dir;

    private final BankWorkbookReader reader = new BankWorkbookReader();

    @Test
    void quirksOfHandMadeWorkbooksAreNormalised() throws Exception {
        Path file;
        try (WorkbookBuilder b = new WorkbookBuilder()) {
            b.sheet("试题");
            b.row("电工三级理论题库（2024 版）"); // a title above the header
            b.row("题型 *", "鉴定点代码*", " 题干*", "选项", "正确答案", "难度", "职业编码*", "等级*", "编外列");
            b.row("是非题", "a－a－001", "1、兆欧表测量前应先断电。", "", "正确", "较易", "６-31-01-03", "高级工", "x");
            b.row("单选题", "A-A-001", "（2）下列属于导体的是（ ）。", "A.铜 B.橡胶 C.陶瓷 D.玻璃", "Ａ", "3", OCC, "3", "");
            b.row("多选题", "A-A-001", "下列属于绝缘材料的有", "铜**橡胶**陶瓷**铝", "B，C", "中等", OCC, "三级", "");
            b.row("多选题", "A-A-001", "下列属于金属的有", "铜$;$铝$;$陶瓷", "A;B", "难", OCC, "五级", "");
            b.row("单选题", "A-A-001", "电流的单位是\u3000", "A、安培\nB、伏特\nC、欧姆", "a", "", OCC, "初级", "");
            b.row(); // empty trailing rows
            b.row("", "", "  ", "");
            file = b.save(dir.resolve("messy.xlsx"));
        }

        ImportOutcome outcome = reader.read(file, ImportOptions.DEFAULT);

        assertThat(outcome.report().errors()).isEmpty();
        var items = outcome.bank().theoryItems();
        assertThat(items).hasSize(5);
        assertThat(items.get(0).type()).isEqualTo(ItemType.TRUE_FALSE);
        assertThat(items.get(0).answer()).isEqualTo("√");
        assertThat(items.get(0).stem()).isEqualTo("兆欧表测量前应先断电。");
        assertThat(items.get(0).pointCode()).isEqualTo("A-A-001");
        assertThat(items.get(0).occupationCode()).isEqualTo(OCC);
        assertThat(items.get(0).level()).isEqualTo(Level.THREE);
        assertThat(items.get(0).difficulty()).isEqualTo(2);
        assertThat(items.get(1).stem()).isEqualTo("下列属于导体的是（ ）。");
        assertThat(items.get(1).options()).containsExactly("铜", "橡胶", "陶瓷", "玻璃");
        assertThat(items.get(1).answer()).isEqualTo("A");
        assertThat(items.get(2).options()).containsExactly("铜", "橡胶", "陶瓷", "铝");
        assertThat(items.get(2).answer()).isEqualTo("BC");
        assertThat(items.get(3).options()).containsExactly("铜", "铝", "陶瓷");
        assertThat(items.get(3).level()).isEqualTo(Level.FIVE);
        assertThat(items.get(4).stem()).isEqualTo("电流的单位是");
        assertThat(items.get(4).options()).containsExactly("安培", "伏特", "欧姆");
        assertThat(outcome.report().warnings()).extracting(ImportProblem::reason)
                .anyMatch(r -> r.contains("题号")).anyMatch(r -> r.contains("已拆分"))
                .anyMatch(r -> r.contains("判断题")).anyMatch(r -> r.contains("未知的列"));
    }

    @Test
    void mergedCellsAreFilledFromTheirTopLeftCell() throws Exception {
        Path file;
        try (WorkbookBuilder b = new WorkbookBuilder()) {
            b.sheet("试题", RealBank.THEORY_HEADER)
                    .row("M1", OCC, "", "三级", "单选题", "A-A-001", "第一题", "甲", "乙", "丙", "丁", "A")
                    .row("M2", "", "", "", "", "", "第二题", "甲", "乙", "丙", "丁", "B")
                    .row("M3", "", "", "", "", "", "第三题", "甲", "乙", "丙", "丁", "C");
            for (int col = 1; col <= 5; col++) {
                b.current().addMergedRegion(new CellRangeAddress(1, 3, col, col));
            }
            file = b.save(dir.resolve("merged.xlsx"));
        }

        ImportOutcome outcome = reader.read(file, ImportOptions.DEFAULT);

        assertThat(outcome.report().errors()).isEmpty();
        assertThat(outcome.bank().theoryItems()).extracting(TheoryItem::occupationCode).containsOnly(OCC);
        assertThat(outcome.bank().theoryItems()).extracting(TheoryItem::pointCode).containsOnly("A-A-001");
        assertThat(outcome.bank().theoryItems()).extracting(TheoryItem::answer).containsExactly("A", "B", "C");
    }

    @Test
    void aTimeExcelMadeOfTheDurationIsReadAsMinutes() throws Exception {
        Path file;
        try (WorkbookBuilder b = new WorkbookBuilder()) {
            b.sheet("技能试题", RealBank.SKILL_HEADER).row("S1", OCC, "", "三级", "A", "接线", null, "", "1. 接线", "", "", 100);
            var cell = b.current().getRow(1).createCell(6);
            cell.setCellValue(1.5 / 24);
            var style = b.workbook().createCellStyle();
            style.setDataFormat(b.workbook().getCreationHelper().createDataFormat().getFormat("h:mm"));
            cell.setCellStyle(style);
            b.sheet("评分标准", RealBank.RUBRIC_HEADER).row("S1", 1, "接线", 100, "错一处扣 10 分");
            file = b.save(dir.resolve("time.xlsx"));
        }

        ImportOutcome outcome = reader.read(file, ImportOptions.DEFAULT);

        assertThat(outcome.report().errors()).isEmpty();
        assertThat(outcome.bank().skillTasks().get(0).durationMinutes()).isEqualTo(90);
        assertThat(outcome.report().warnings()).anyMatch(w -> w.reason().contains("90 分钟"));
    }

    @Test
    void csvIsReadAsGb18030OrUtf8WithAndWithoutBom() throws Exception {
        String csv = "题干,题型,选项A,选项B,正确答案,章节,难度\r\n\"电压的单位是\",单选题,伏特,安培,A,第一章 电工基础,易\r\n"
                + "\"判断, 带逗号\",判断题,,,×,第二章 安全,\r\n,,,,,,\r\n";
        LayoutDefaults defaults = new LayoutDefaults(OCC, "", Level.THREE,
                Map.of("第一章 电工基础", "A-A-001", "第二章 安全", "A-B-001"));
        for (var variant : Map.of("gb.csv", csv.getBytes(Charset.forName("GB18030")), "utf8.csv",
                csv.getBytes(StandardCharsets.UTF_8), "bom.csv", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        csv.getBytes(StandardCharsets.UTF_8))).entrySet()) {
            Path file = Files.write(dir.resolve(variant.getKey()), variant.getValue());

            ImportOutcome outcome = reader.read(file, new ImportOptions(org.qbank.tools.workbook.InputLimits.DEFAULT, defaults));

            assertThat(outcome.report().errors()).as(variant.getKey()).isEmpty();
            assertThat(outcome.bank().theoryItems()).as(variant.getKey()).hasSize(2);
            assertThat(outcome.bank().theoryItems().get(0).stem()).isEqualTo("电压的单位是");
            assertThat(outcome.bank().theoryItems().get(1).stem()).isEqualTo("判断, 带逗号");
            assertThat(outcome.bank().theoryItems()).extracting(TheoryItem::pointCode).containsExactly("A-A-001", "A-B-001");
        }
    }

    @Test
    void theThirdPartyLayoutNeedsAMappingForEveryChapter() throws Exception {
        Path file;
        try (WorkbookBuilder b = new WorkbookBuilder()) {
            b.sheet("Sheet1", "题干", "题型", "选项A", "选项B", "选项C", "选项D", "正确答案", "解析", "章节", "难度")
                    .row("变压器的作用是", "单选题", "变压", "发电", "储能", "整流", "A", "基本概念", "第一章", "易")
                    .row("电动机的作用是", "单选题", "发电", "拖动", "储能", "整流", "B", "", "第九章", "易");
            file = b.save(dir.resolve("third.xlsx"));
        }
        LayoutDefaults defaults = new LayoutDefaults(OCC, null, Level.THREE, Map.of("第一章", "A-A-001"));

        ImportOutcome outcome = reader.read(file, new ImportOptions(org.qbank.tools.workbook.InputLimits.DEFAULT, defaults));

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.report().errors()).singleElement()
                .satisfies(e -> assertThat(e.describe()).isEqualTo("Sheet1 第3行 章节「第九章」: 章节没有对应的鉴定点，请在章节映射中补上"));
    }

    @Test
    void picturesComeFromTheZipOrFromTheItemsRow() throws Exception {
        Path workbook;
        try (WorkbookBuilder b = new WorkbookBuilder()) {
            String[] header = {"职业编码", "等级", "题型", "鉴定点代码", "题干", "选项A", "选项B", "答案", "图片"};
            b.sheet("试题", header)
                    .row(OCC, "三级", "单选题", "A-A-001", "图中元件是", "电阻", "电容", "A", "r1.png")
                    .row(OCC, "三级", "单选题", "A-A-001", "图中仪表是", "电压表", "电流表", "B", "")
                    .row(OCC, "三级", "单选题", "A-A-001", "缺图的题", "甲", "乙", "A", "missing.png");
            workbook = b.picture(PNG, 2, 8).save(dir.resolve("bank.xlsx"));
        }
        Path zip = zip(workbook, "bank/bank.xlsx", "bank/images/r1.png");

        ImportOutcome outcome = reader.read(zip, ImportOptions.DEFAULT);

        assertThat(outcome.report().errors()).singleElement()
                .satisfies(e -> assertThat(e.row()).isEqualTo(4))
                .satisfies(e -> assertThat(e.reason()).contains("找不到图片"));
    }

    @Test
    void picturesAreAttachedWhenAllIsWell() throws Exception {
        Path workbook;
        try (WorkbookBuilder b = new WorkbookBuilder()) {
            b.sheet("试题", "职业编码", "等级", "题型", "鉴定点代码", "题干", "选项A", "选项B", "答案", "图片")
                    .row(OCC, "三级", "单选题", "A-A-001", "图中元件是", "电阻", "电容", "A", "r1.png")
                    .row(OCC, "三级", "单选题", "A-A-001", "图中仪表是", "电压表", "电流表", "B", "");
            workbook = b.picture(PNG, 2, 8).save(dir.resolve("bank.xlsx"));
        }
        Path zip = zip(workbook, "bank.xlsx", "r1.png");

        ImportOutcome outcome = reader.read(zip, ImportOptions.DEFAULT);

        assertThat(outcome.report().errors()).isEmpty();
        assertThat(outcome.bank().theoryItems().get(0).images()).extracting(ItemImage::name).containsExactly("r1.png");
        assertThat(outcome.bank().theoryItems().get(1).images()).singleElement()
                .satisfies(i -> assertThat(i.data()).isEqualTo(PNG));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** A zip of the workbook and the PNG picture, under the given entry names. */
    private Path zip(Path workbook, String workbookEntry, String pictureEntry) throws IOException {
        Path zip = dir.resolve("bank.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry(workbookEntry));
            z.write(Files.readAllBytes(workbook));
            z.putNextEntry(new ZipEntry(pictureEntry));
            z.write(PNG);
        }
        return zip;
    }
}
