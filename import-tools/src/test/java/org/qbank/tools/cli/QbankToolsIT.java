package org.qbank.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.Institutions;
import org.qbank.bank.testsupport.StorageTest;
import org.qbank.tools.testdata.RealBank;
import org.qbank.tools.testdata.WorkbookBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The command classes run in-process against the test database, as {@code java -jar qbank-tools.jar} runs them. */
@StorageTest
@SpringBootTest(classes = ToolsApplication.class)
class QbankToolsIT {

    @TempDir
    Path dir;

    @Autowired
    ImportCommand importCommand;
    @Autowired
    ExportCommand exportCommand;
    @Autowired
    VerifyCommand verifyCommand;
    @Autowired
    AssembleCommand assembleCommand;
    @Autowired
    DuplicatesCommand duplicatesCommand;
    @Autowired
    org.qbank.bank.search.SearchAdmin search;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcClient jdbc;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(ToolCommand command, String... argv) {
        out.reset();
        err.reset();
        Arguments args = Arguments.parse(argv);
        return QbankTools.execute(command, args, new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args.flag("json"), false));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private Institution institution() {
        String code = "C" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        return institutions.save(new Institution(code, "测试机构 " + code, Institution.Kind.TRAINING_ORG, null,
                java.time.Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void importThenExportThroughTheCommands() throws Exception {
        String code = institution().getCode();
        Path bank = RealBank.write(dir.resolve("bank.xlsx"));

        assertThat(run(importCommand, "import", bank.toString(), "--institution", code, "--json")).isZero();
        assertThat(json().get("stored").asBoolean()).isTrue();
        assertThat(json().get("summary").get("created").asInt()).isGreaterThan(300);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("100%");

        assertThat(run(importCommand, "import", bank.toString(), "--institution", code, "--json")).isZero();
        assertThat(json().get("summary").get("created").asInt()).isZero();
        assertThat(json().get("summary").get("newVersions").asInt()).isZero();

        Path exported = dir.resolve("export.xlsx");
        assertThat(run(exportCommand, "export", "--institution", code, "--out", exported.toString(), "--json")).isZero();
        assertThat(json().get("items").asInt()).isGreaterThan(300);
        assertThat(json().get("knowledgeNodes").asInt()).isEqualTo(RealBank.knowledgeRows().size());
        assertThat(Files.size(exported)).isPositive();

        // 题库查重 of the real bank: every item read, the groups written as a workbook. The CLI reads the index the
        // portal keeps; here the portal's catch-up from the audit log is run in its place.
        search.catchUp(org.qbank.bank.access.Actor.system("portal", java.util.Set.of()));
        Path report = dir.resolve("duplicates.xlsx");
        assertThat(run(duplicatesCommand, "duplicates", "--institution", code, "--out", report.toString(), "--json")).isZero();
        assertThat(json().get("items").asInt()).isGreaterThan(300);
        int groups = json().get("groups").asInt();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(report))) {
            assertThat(wb.getSheet("说明").getRow(4).getCell(1).getNumericCellValue()).isGreaterThan(300);
            assertThat(wb.getSheet("说明").getRow(6).getCell(1).getNumericCellValue()).isEqualTo(groups);
            // the real bank holds one question twice with a typo (耐压 / 耐药) and once with 他 / 它: both are groups
            Sheet pairs = wb.getSheet("试题对");
            List<String> found = new ArrayList<>();
            for (int r = 1; r <= pairs.getLastRowNum(); r++) {
                found.add(pairs.getRow(r).getCell(1).getStringCellValue() + " " + pairs.getRow(r).getCell(2).getStringCellValue()
                        + "~" + pairs.getRow(r).getCell(3).getStringCellValue());
            }
            assertThat(found).contains("重复 DG3-T0096~DG3-T0108", "重复 DG3-T0087~DG3-T0168");
            assertThat(wb.getSheet("相近试题组").getRow(1).getCell(4).getStringCellValue()).contains("交流耐压试验");
        }
        assertThat(run(duplicatesCommand, "duplicates", "--institution", code, "--out", report.toString(), "--level", "9"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--level 无法识别: 9");
        // the level as users write it: 三级 is the bank's level, so the same four groups
        assertThat(run(duplicatesCommand, "duplicates", "--institution", code, "--out", report.toString(), "--level", "三级",
                "--json")).isZero();
        assertThat(json().get("groups").asInt()).isEqualTo(groups);
    }

    @Test
    void exitCodesSayWhatWentWrong() throws Exception {
        String code = institution().getCode();
        Path dirty;
        try (WorkbookBuilder b = new WorkbookBuilder()) {
            dirty = b.sheet("试题", RealBank.THEORY_HEADER)
                    .row("X1", RealBank.OCCUPATION, "", "九级", "单选题", "A-A-001", "题", "甲", "乙", "丙", "丁", "E")
                    .save(dir.resolve("dirty.xlsx"));
        }
        Path errors = dir.resolve("errors.xlsx");

        assertThat(run(importCommand, "import", dirty.toString(), "--institution", code, "--errors", errors.toString(), "--json"))
                .isEqualTo(ExitCode.VIOLATION);
        assertThat(json().get("errors")).hasSize(2);
        assertThat(Files.exists(errors)).isTrue();
        assertThat(run(importCommand, "import", dirty.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(run(importCommand, "import", dir.resolve("missing.xlsx").toString(), "--institution", code))
                .isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(run(importCommand, "import", RealBank.write(dir.resolve("b.xlsx")).toString(), "--institution", "NO-SUCH"))
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void verifyCatchesAPlantedDoubleIssue() throws Exception {
        assertThat(run(verifyCommand, "verify", "--json")).isZero();
        assertThat(json().get("ok").asBoolean()).isTrue();
        Institution inst = institution();
        String fingerprint = "ab".repeat(32);
        for (int i = 0; i < 2; i++) {
            jdbc.sql("INSERT INTO paper (institution_id, occupation_code, work_type, level_number, subject, blueprint_name,"
                            + " status, fingerprint, item_count, max_earlier_overlap, look_back_months, created_at)"
                            + " VALUES (?, '6-31-01-03', '', 3, 'THEORY', '手工插入', 'ISSUED', ?, 0, 0.3, 24, ?)")
                    .params(inst.getId(), fingerprint, LocalDateTime.of(2026, 3, 1, 8, 0)).update();
        }

        assertThat(run(verifyCommand, "verify", "--json")).isEqualTo(ExitCode.VIOLATION);
        assertThat(json().get("violations").toString()).contains(inst.getCode()).contains("发放了 2 次");
    }

    @Test
    void assembleTurnsABlueprintIntoAPrintedSamplePaper() throws Exception {
        String code = institution().getCode();
        Path bank;
        try (WorkbookBuilder b = new WorkbookBuilder()) {
            b.sheet("鉴定要素细目表", RealBank.KNOWLEDGE_HEADER).rows(RealBank.knowledgeRows());
            java.util.List<Object[]> approved = RealBank.theoryRows().stream().map(r -> {
                Object[] c = r.clone();
                c[17] = "已审定";
                c[18] = "王明、李强、赵敏";
                c[19] = "2024-06-18";
                return c;
            }).toList();
            bank = b.sheet("试题", RealBank.THEORY_HEADER).rows(approved).save(dir.resolve("approved.xlsx"));
        }
        assertThat(run(importCommand, "import", bank.toString(), "--institution", code)).isZero();
        Path blueprint = Files.writeString(dir.resolve("bp.json"), """
                {"name": "电工三级理论样卷", "occupationCode": "6-31-01-03", "level": "三级", "subject": "理论知识",
                 "durationMinutes": 120, "mode": "按题型",
                 "sections": [{"type": "判断题", "count": 4, "pointsEach": 2.5}, {"type": "单选题", "count": 90, "pointsEach": 1}],
                 "difficultyMean": 3.0, "difficultyTolerance": 1.0}""");

        assertThat(run(assembleCommand, "assemble", "--institution", code, "--blueprint", blueprint.toString(),
                "--out", dir.resolve("papers").toString(), "--json")).isZero();

        JsonNode paper = json().get("papers").get(0);
        assertThat(paper.get("status").asText()).isEqualTo("DRAFT");
        assertThat(paper.get("items")).hasSize(94);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(Path.of(paper.get("docx").asText())))) {
            var text = doc.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList();
            assertThat(text).contains("一、判断题（第1题～第4题。每题2.5分，满分10分。）", "二、单选题（第5题～第94题。每题1分，满分90分。）");
            assertThat(doc.getFooterList().get(0).getText()).contains(paper.get("fingerprint").asText());
            assertThat(doc.getHeaderList()).anyMatch(h -> h._getHdrFtr().xmlText().contains("样卷·未发放"));
        }
        assertThat(org.qbank.assembly.fingerprint.PaperFingerprint.of(
                java.util.stream.StreamSupport.stream(paper.get("items").spliterator(), false).map(JsonNode::asText).toList()).hex())
                .isEqualTo(paper.get("fingerprint").asText());
    }

    @Test
    void assembleWithASkillBlueprintPrintsTheThreeSkillDocuments() throws Exception {
        String code = institution().getCode();
        Path bank;
        try (WorkbookBuilder b = new WorkbookBuilder()) {
            b.sheet("鉴定要素细目表", RealBank.KNOWLEDGE_HEADER).rows(RealBank.knowledgeRows());
            java.util.List<Object[]> approved = RealBank.skillRows().stream().map(r -> {
                Object[] c = r.clone();
                c[13] = "已审定";
                c[14] = "王明、李强、赵敏";
                c[15] = "2024-06-18";
                return c;
            }).toList();
            b.sheet("技能试题", RealBank.SKILL_HEADER).rows(approved);
            b.sheet("评分标准", RealBank.RUBRIC_HEADER).rows(RealBank.rubricRows());
            bank = b.sheet("准备清单", RealBank.PREP_HEADER).rows(RealBank.prepRows()).save(dir.resolve("skill.xlsx"));
        }
        assertThat(run(importCommand, "import", bank.toString(), "--institution", code)).isZero();
        Path blueprint = Files.writeString(dir.resolve("skill.json"), """
                {"name": "电工三级操作技能", "occupationCode": "6-31-01-03", "level": "三级", "durationMinutes": 180,
                 "chooseElective": 0,
                 "modules": [{"code": "A", "name": "继电控制电路装调维修", "type": "必考", "minutes": 120},
                             {"code": "B", "name": "电气设备检修", "type": "必考", "minutes": 60}]}""");

        // a blueprint leaving out module B (鉴定比重 40) cannot share 100 points by the 技能要求权重表
        Path partial = Files.writeString(dir.resolve("skill-a.json"), """
                {"name": "电工三级操作技能 (缺模块)", "occupationCode": "6-31-01-03", "level": "三级", "durationMinutes": 180,
                 "modules": [{"code": "A", "name": "继电控制电路装调维修", "type": "必考", "minutes": 120}]}""");
        assertThat(run(assembleCommand, "assemble", "--institution", code, "--blueprint", partial.toString(),
                "--out", dir.resolve("skill-a").toString(), "--json")).isEqualTo(1);
        assertThat(json().get("message").asText()).contains("各模块鉴定比重合计 60, 应为 100 (必考 A 继电控制电路装调维修 60)");

        assertThat(run(assembleCommand, "assemble", "--institution", code, "--blueprint", blueprint.toString(),
                "--out", dir.resolve("skill").toString(), "--json")).isZero();

        JsonNode paper = json().get("papers").get(0);
        assertThat(paper.get("status").asText()).isEqualTo("DRAFT");
        assertThat(paper.get("items").toString()).isEqualTo("[\"DG3-S001\",\"DG3-S002\"]");
        // 技能要求权重表 of the skill 细目表: A 60, B 40, out of the default total of 100
        assertThat(paper.get("points").toString()).isEqualTo("[60,40]");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(Path.of(paper.get("taskSheet").asText())))) {
            var text = doc.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList();
            assertThat(text).contains("试题1　三相异步电动机正反转控制线路安装与调试", "试题2　机床电气控制线路故障排除",
                    "考核时间：120 分钟　　配分：60 分", "考核时间：60 分钟　　配分：40 分");
            assertThat(doc.getFooterList().get(0).getText()).contains(paper.get("fingerprint").asText());
        }
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(Path.of(paper.get("scoreSheet").asText())))) {
            String all = doc.getTables().stream().map(org.apache.poi.xwpf.usermodel.XWPFTable::getText)
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertThat(all).contains("发生触电事故本题记零分（否决项）").contains("每少排除一处扣 20 分");
            var summary = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(summary.getRow(1).getCell(3).getText()).isEqualTo("60");
            assertThat(summary.getRow(3).getCell(3).getText()).isEqualTo("100");
            assertThat(doc.getParagraphs()).extracting(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .contains("评分要素合计 100 分，本题配分 40 分：本题得分 = 评分要素得分 × 40 ÷ 100，保留一位小数。");
        }
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(Path.of(paper.get("preparation").asText())))) {
            String all = doc.getTables().stream().map(org.apache.poi.xwpf.usermodel.XWPFTable::getText)
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertThat(all).contains("Y112M-4 4kW").contains("CA6140 车床电气模拟板");
        }
    }
}
