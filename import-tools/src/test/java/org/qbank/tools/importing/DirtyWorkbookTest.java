package org.qbank.tools.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qbank.tools.testdata.RealBank;
import org.qbank.tools.testdata.WorkbookBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A workbook with one mistake per row, of more than twenty kinds: each is reported on its own row, nothing parsed. */
class DirtyWorkbookTest {

    private static final String OCC = RealBank.OCCUPATION;

    @TempDir
    Path dir;

    /** Expected: (sheet, row) → a fragment of the reason. */
    private final Map<String, String> expected = new LinkedHashMap<>();

    private Path dirtyWorkbook() throws Exception {
        try (WorkbookBuilder b = new WorkbookBuilder()) {
            b.sheet("鉴定要素细目表", RealBank.KNOWLEDGE_HEADER)
                    .row(OCC, "电工", "", "三级", "理论知识", "A", "基本知识", 100, "")                  // 2 ok
                    .row(OCC, "电工", "", "三级", "理论知识", "A-001", "安全用电", "", "X")              // 3 ok
                    .row(OCC, "电工", "", "三级", "理论知识", "A-002", "电工识图", "", "Y")              // 4 ok
                    .row(OCC, "电工", "", "三级", "理论知识", "A-001", "重复的代码", "", "X")            // 5
                    .row(OCC, "电工", "", "三级", "理论知识", "B-C-001", "没有上级", "", "X")            // 6
                    .row(OCC, "电工", "", "三级", "理论知识", "A-003", "重要程度写错", "", "W")          // 7
                    .row(OCC, "电工", "", "三级", "理科", "A-004", "科目写错", "", "X")                  // 8
                    .row("6310103", "电工", "", "三级", "理论知识", "A-005", "职业编码写错", "", "X")     // 9
                    .row(OCC, "电工", "", "三级", "理论知识", "A-006", "两者都空", "", "");              // 10
            expect("鉴定要素细目表", 5, "代码与第 3 行重复");
            expect("鉴定要素细目表", 6, "上级代码 B-C 不存在");
            expect("鉴定要素细目表", 7, "重要程度应为");
            expect("鉴定要素细目表", 8, "科目应为");
            expect("鉴定要素细目表", 9, "职业编码格式");
            expect("鉴定要素细目表", 10, "两者都为空");
            b.sheet("试题", RealBank.THEORY_HEADER)
                    .row("T1", OCC, "", "三级", "单选题", "A-001", "正确的题", "甲", "乙", "丙", "丁", "A", "", "易", 1, "", "", "", "", "") // 2 ok
                    .row("T2", OCC, "", "六级", "单选题", "A-001", "等级错", "甲", "乙", "丙", "丁", "A", "", "", "", "", "", "", "", "")   // 3
                    .row("T3", OCC, "", "三级", "问卷题", "A-001", "题型错", "甲", "乙", "丙", "丁", "A", "", "", "", "", "", "", "", "")   // 4
                    .row("T4", OCC, "", "三级", "单选题", "A-001", "答案越界", "甲", "乙", "丙", "", "D", "", "", "", "", "", "", "", "")  // 5
                    .row("T5", OCC, "", "三级", "单选题", "A-001", "缺答案", "甲", "乙", "丙", "丁", "", "", "", "", "", "", "", "", "")   // 6
                    .row("T6", OCC, "", "三级", "单选题", "A-001", "单选多答案", "甲", "乙", "丙", "丁", "AB", "", "", "", "", "", "", "", "") // 7
                    .row("T7", OCC, "", "三级", "多选题", "A-001", "多选一个答案", "甲", "乙", "丙", "丁", "B", "", "", "", "", "", "", "", "") // 8
                    .row("T8", OCC, "", "三级", "判断题", "A-001", "判断答案错", "", "", "", "", "也许", "", "", "", "", "", "", "", "") // 9
                    .row("T9", OCC, "", "三级", "单选题", "A-001", "难度错", "甲", "乙", "丙", "丁", "A", "", "很难", "", "", "", "", "", "") // 10
                    .row("T10", OCC, "", "三级", "单选题", "A-001", "分值错", "甲", "乙", "丙", "丁", "A", "", "", "-1", "", "", "", "", "") // 11
                    .row("T11", OCC, "", "三级", "单选题", "A-009", "鉴定点不存在", "甲", "乙", "丙", "丁", "A", "", "", "", "", "", "", "", "") // 12
                    .row("T12", OCC, "", "三级", "单选题", "A", "挂在鉴定范围", "甲", "乙", "丙", "丁", "A", "", "", "", "", "", "", "", "") // 13
                    .row("T13", OCC, "", "三级", "单选题", "A-001", "已审定专家不足", "甲", "乙", "丙", "丁", "A", "", "", "", "", "", "已审定", "王明、李强", "2024-01-01") // 14
                    .row("T14", OCC, "", "三级", "单选题", "A-001", "已审定无日期", "甲", "乙", "丙", "丁", "A", "", "", "", "", "", "已审定", "王明、李强、赵敏", "") // 15
                    .row("T1", OCC, "", "三级", "单选题", "A-001", "编码重复", "甲", "乙", "丙", "丁", "A", "", "", "", "", "", "", "", "") // 16
                    .row("T16", OCC, "", "三级", "单选题", "A-001", "正确的题", "甲", "乙", "丙", "丁", "A", "", "", "", "", "", "", "", "") // 17
                    .row("T17", OCC, "", "三级", "单选题", "A-001", "选项重复", "甲", "乙", "甲", "丁", "A", "", "", "", "", "", "", "", "") // 18
                    .row("T18", OCC, "", "三级", "单选题", "A-001", "选项中间空", "甲", "", "丙", "丁", "A", "", "", "", "", "", "", "", "") // 19
                    .row("T19", OCC, "", "三级", "单选题", "A-001", "", "甲", "乙", "丙", "丁", "A", "", "", "", "", "", "", "", "") // 20
                    .row("T20", OCC, "", "三级", "单选题", "A-001", "超长" + "很".repeat(10_001), "甲", "乙", "丙", "丁", "A", "", "", "", "", "", "", "", "") // 21
                    .row("T21", OCC, "", "三级", "单选题", "A-001", "答案非字母", "甲", "乙", "丙", "丁", "甲", "", "", "", "", "", "", "", "") // 22
                    .row("T22", OCC, "", "三级", "单选题", "A-001", "只有一个选项", "甲", "", "", "", "A", "", "", "", "", "", "", "", "") // 23
                    .row("T23", OCC, "", "三级", "简答题", "A-001", "简答无参考答案", "", "", "", "", "", "", "", "", "", "", "", "", ""); // 24
            // Excel turned "1-2" typed in 答案 into a date: a real date cell.
            Row dateRow = b.current().createRow(24);
            Object[] v = {"T24", OCC, "", "三级", "单选题", "A-001", "答案成了日期", "甲", "乙", "丙", "丁"};
            for (int i = 0; i < v.length; i++) {
                dateRow.createCell(i).setCellValue(v[i].toString());
            }
            var dateCell = dateRow.createCell(11);
            dateCell.setCellValue(java.time.LocalDate.of(2025, 1, 2));
            var style = b.workbook().createCellStyle();
            style.setDataFormat(b.workbook().getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            dateCell.setCellStyle(style);
            expect("试题", 3, "等级应为");
            expect("试题", 4, "未知题型");
            expect("试题", 5, "指向不存在的选项");
            expect("试题", 6, "缺少答案");
            expect("试题", 7, "单选题只能有一个答案");
            expect("试题", 8, "多选题至少应有两个");
            expect("试题", 9, "判断题答案应为");
            expect("试题", 10, "难度应为");
            expect("试题", 11, "大于 0");
            expect("试题", 12, "细目表中没有这个代码");
            expect("试题", 13, "鉴定范围");
            expect("试题", 14, "3 至 5 名审定专家");
            expect("试题", 15, "审定日期");
            expect("试题", 16, "试题编码与第 2 行重复");
            expect("试题", 17, "同一道题");
            expect("试题", 18, "与选项A相同");
            expect("试题", 19, "选项B为空");
            expect("试题", 20, "必填项为空");
            expect("试题", 21, "内容过长");
            expect("试题", 22, "答案应为选项字母");
            expect("试题", 23, "至少需要 2 个选项");
            expect("试题", 24, "缺少参考答案");
            expect("试题", 25, "转换成了日期");
            b.sheet("技能试题", RealBank.SKILL_HEADER)
                    .row("S1", OCC, "", "三级", "A", "任务一", "九十", "", "1. 安装", "", "", 100, "", "", "", "") // 2
                    .row("S2", OCC, "", "三级", "A", "任务二", 60, "", "1. 安装", "", "", 100, "", "", "", "") // 3
                    .row("S3", OCC, "", "三级", "A", "任务三", 60, "", "1. 安装", "", "", 100, "", "", "", ""); // 4
            expect("技能试题", 2, "考核时间应为分钟数");
            expect("技能试题", 4, "没有评分标准");
            b.sheet("评分标准", RealBank.RUBRIC_HEADER)
                    .row("S2", 1, "安装", 50, "错一处扣 5 分", "J", "否")   // 2 sum 80 ≠ 100
                    .row("S2", 2, "试车", 30, "不成功扣 30 分", "X", "否")   // 3 kind
                    .row("S2", 3, "安全", 0, "违规记零分", "J", "也许")       // 4 points, veto
                    .row("S9", 1, "孤儿", 10, "无", "J", "否");              // 5
            expect("评分标准", 2, "配分合计 80");
            expect("评分标准", 3, "类型应为 M");
            expect("评分标准", 4, "否决项应为");
            expect("评分标准", 5, "技能试题中没有这个试题编码");
            b.sheet("准备清单", RealBank.PREP_HEADER)
                    .row("S2", "现场", "电动机", "", "1", "台", "");
            expect("准备清单", 2, "类别应为");
            return b.save(dir.resolve("dirty.xlsx"));
        }
    }

    private void expect(String sheet, int row, String reason) {
        expected.put(sheet + "#" + row, reason);
    }

    @Test
    void everyKindOfErrorIsReportedOnItsRowAndNothingIsParsed() throws Exception {
        Path file = dirtyWorkbook();

        ImportOutcome outcome = new BankWorkbookReader().read(file, ImportOptions.DEFAULT);

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.bank()).isEqualTo(ParsedBank.empty());
        List<ImportProblem> errors = outcome.report().errors();
        expected.forEach((where, reason) -> {
            String sheet = where.substring(0, where.indexOf('#'));
            int row = Integer.parseInt(where.substring(where.indexOf('#') + 1));
            assertThat(errors).as("%s row %d: %s", sheet, row, reason)
                    .anyMatch(e -> e.sheet().equals(sheet) && e.row() == row && e.reason().contains(reason));
        });
        assertThat(expected).hasSizeGreaterThanOrEqualTo(20);
        assertThat(errors.stream().map(ImportProblem::reason).map(r -> r.replaceAll("[0-9]", "")).distinct().count())
                .isGreaterThanOrEqualTo(20);
        assertThat(errors).noneMatch(e -> e.sheet().equals("试题") && e.row() == 2);
    }

    @Test
    void theReportComesAsJsonAndAsTheWorkbookWithAnErrorColumn() throws Exception {
        Path file = dirtyWorkbook();
        BankWorkbookReader reader = new BankWorkbookReader();
        ImportOutcome outcome = reader.read(file, ImportOptions.DEFAULT);

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ReportJson.write(outcome.report(), json);
        JsonNode tree = new ObjectMapper().readTree(json.toByteArray());
        assertThat(tree.get("accepted").asBoolean()).isFalse();
        assertThat(tree.get("errors")).hasSize(outcome.report().errors().size());
        assertThat(tree.get("errors").get(0).get("row").asInt()).isPositive();

        Path copy = dir.resolve("dirty-errors.xlsx");
        try (var out = Files.newOutputStream(copy)) {
            reader.writeErrorCopy(file, outcome.report(), ImportOptions.DEFAULT, out);
        }
        try (InputStream in = Files.newInputStream(copy); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("错误汇总");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(outcome.report().problems().size());
            var theory = wb.getSheet("试题");
            int errorColumn = RealBank.THEORY_HEADER.length;
            assertThat(theory.getRow(0).getCell(errorColumn).getStringCellValue()).isEqualTo("错误");
            assertThat(theory.getRow(4).getCell(errorColumn).getStringCellValue()).contains("指向不存在的选项");
            assertThat(theory.getRow(1).getCell(errorColumn)).isNull();
        }
    }
}
