package org.qbank.tools.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.review.ResourceCount;
import org.qbank.tools.filing.CompilationNote.Count;
import org.qbank.tools.filing.CompilationNote.PaperStructure;
import org.qbank.tools.filing.CompilationNote.Person;
import org.qbank.tools.filing.ResourceInfoRow.Kind;
import org.qbank.tools.filing.ResourceInfoRow.Quantity;
import org.qbank.tools.filing.ResourceInfoRow.Source;

/** The filing workbook and the 编制说明 read back with POI. */
class FilingDocumentsTest {

    @Test
    void theResourceTableHasOneRowPerWorkTypeWithLevelsAndQuantitiesWrittenAsTheNotesAsk() throws Exception {
        List<ResourceCount> counts = List.of(
                new ResourceCount(1, "6-31-01-03", "电工", null, null, Level.FIVE, Subject.THEORY, 200),
                new ResourceCount(1, "6-31-01-03", "电工", null, null, Level.THREE, Subject.THEORY, 220),
                new ResourceCount(1, "6-31-01-03", "电工", null, null, Level.FOUR, Subject.SKILL, 12),
                new ResourceCount(2, "4-04-05-05", "人工智能训练师", 7L, "数据标注员", Level.FOUR, Subject.THEORY, 150));
        List<ResourceInfoRow> rows = new java.util.ArrayList<>(ResourceInfoRows.selfBuilt(counts));
        rows.add(new ResourceInfoRow("焊工", "6-18-02-04", null, List.of(Level.FIVE, Level.FOUR), Source.CITY_BANK,
                Kind.ITEM_BANK, List.of(new Quantity(Subject.THEORY, 10, "题"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ResourceInfoWorkbook().write(rows, out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheet("试题资源基本信息");
            assertThat(cells(sheet.getRow(0))).containsExactlyElementsOf(ResourceInfoWorkbook.HEADERS);
            assertThat(cells(sheet.getRow(1))).containsExactly("1", "电工", "6-31-01-03", "", "5、4、3", "自建试题资源",
                    "题库", "理论、技能", "理论420题，技能12套");
            assertThat(cells(sheet.getRow(2))).containsExactly("2", "人工智能训练师", "4-04-05-05", "数据标注员", "4",
                    "自建试题资源", "题库", "理论", "理论150题");
            assertThat(cells(sheet.getRow(3))).containsExactly("3", "焊工", "6-18-02-04", "", "5、4", "市级题库", "", "", "");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void theCompilationNoteCarriesEveryPartAndMarksWhatWasNotEntered() throws Exception {
        CompilationNote note = new CompilationNote("测试评价机构", "电工", "6-31-01-03", List.of(Level.FOUR, Level.THREE),
                "依据《国家职业技能标准 电工》(2018 年版) 及配套教材编写。", "理论知识由张三负责, 操作技能由李四负责。",
                List.of(new PaperStructure(Level.THREE, Subject.THEORY, "判断题 40 题、单选题 140 题、多选题 10 题", 90, "闭卷机考")),
                List.of(new Person("命题专家", "张三", "高级技师", "某职业学院"), new Person("审题专家", "王五", "高级工程师", "某供电公司"),
                        new Person("项目负责人", "赵六", "教授", "测试评价机构")),
                List.of(new Count(Level.THREE, Subject.THEORY, 420, "题"), new Count(Level.FOUR, Subject.SKILL, 12, "套")),
                "三年 (2026—2028)", "每年更新不少于 20%", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CompilationNoteDocument().write(note, out);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(text).containsSubsequence("试题资源编制说明", "职业(工种)名称：电工（职业编码 6-31-01-03）",
                    "等级：四级/中级工、三级/高级工", "一、编写原则及依据", "依据《国家职业技能标准 电工》(2018 年版) 及配套教材编写。",
                    "二、编写内容及分工", "三、各等级试卷结构", "四、人员信息", "五、其他说明",
                    "试题试卷使用期限：三年 (2026—2028)", "更新频率：每年更新不少于 20%", "修订更新后新旧试题主要内容对比：未填写");
            assertThat(row(doc, 0, 1)).containsExactly("三级/高级工", "理论知识", "420题");
            assertThat(row(doc, 0, 2)).containsExactly("四级/中级工", "操作技能", "12套");
            assertThat(row(doc, 1, 1)).containsExactly("三级/高级工", "理论知识", "判断题 40 题、单选题 140 题、多选题 10 题",
                    "90 分钟", "闭卷机考");
            assertThat(IntStream.rangeClosed(1, 3).mapToObj(i -> row(doc, 2, i).get(1))).containsExactly("张三", "王五", "赵六");
        }
    }

    private static List<String> row(XWPFDocument doc, int table, int row) {
        return doc.getTables().get(table).getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static List<String> cells(Row row) {
        return IntStream.range(0, row.getLastCellNum()).mapToObj(i -> row.getCell(i).getStringCellValue()).toList();
    }
}
