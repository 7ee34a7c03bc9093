package org.qbank.tools.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qbank.bank.item.ItemType;
import org.qbank.tools.importing.BankWorkbookReader;
import org.qbank.tools.importing.ImportOptions;
import org.qbank.tools.importing.ParsedBank;
import org.qbank.tools.importing.SkillTask;
import org.qbank.tools.importing.TheoryItem;
import org.qbank.tools.testdata.RealBank;

/** Papers are read back with POI: sections, counts, a points total of 100, footer fingerprint, page mark. */
class WordDocumentsTest {

    private static final String FINGERPRINT = "3f2a9c0d7be14e55aa01c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d";

    @TempDir
    Path dir;

    private ParsedBank bank() throws Exception {
        return new BankWorkbookReader().read(RealBank.write(dir.resolve("bank.xlsx")), ImportOptions.DEFAULT).bank();
    }

    /** 判断 4 × 0.5 + 单选 196 × 0.5 = 100, the legacy structure's point values. */
    private PaperView paper(ParsedBank bank, String mark) {
        List<TheoryItem> judgements = bank.theoryItems().stream().filter(i -> i.type() == ItemType.TRUE_FALSE).toList();
        List<TheoryItem> singles = bank.theoryItems().stream().filter(i -> i.type() == ItemType.SINGLE_CHOICE).limit(196).toList();
        int[] n = {1};
        List<PaperView.Question> j = new ArrayList<>();
        judgements.forEach(i -> j.add(new PaperView.Question(n[0]++, i.stem(), List.of(), List.of(), i.answer(), "")));
        List<PaperView.Question> s = new ArrayList<>();
        singles.forEach(i -> s.add(new PaperView.Question(n[0]++, i.stem(), i.options(), List.of(), i.answer(), "")));
        return new PaperView("职业技能等级认定", "电工", "三级/高级工", "理论知识", 120, "2025-B01", "2025-B01-S03",
                FINGERPRINT, List.of(new PaperView.Section("判断题", new BigDecimal("0.5"), j),
                new PaperView.Section("单选题", new BigDecimal("0.5"), s)), mark);
    }

    @Test
    void theTheoryPaperReadsBackWithItsSectionsCountsPointsAndFingerprint() throws Exception {
        PaperView view = paper(bank(), "样卷·未发放");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TheoryPaperDocument().write(view, out);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(text).contains("一、判断题（第1题～第4题。每题0.5分，满分2分。）",
                    "二、单选题（第5题～第200题。每题0.5分，满分98分。）");
            Pattern heading = Pattern.compile("[一二三四五六七八九十]、.+满分([0-9.]+)分。）");
            BigDecimal total = BigDecimal.ZERO;
            for (String t : text) {
                Matcher m = heading.matcher(t);
                if (m.matches()) {
                    total = total.add(new BigDecimal(m.group(1)));
                }
            }
            assertThat(total).isEqualByComparingTo("100");
            List<String> body = text.subList(text.indexOf("一、判断题（第1题～第4题。每题0.5分，满分2分。）"), text.size());
            assertThat(body.stream().filter(t -> t.matches("(（    ）)?\\d+\\. .*")).count()).isEqualTo(200);
            assertThat(text).anyMatch(t -> t.startsWith("    A. "));
            assertThat(text).contains("1. 考试时间：120 分钟。", "电工（三级/高级工）理论知识试卷");
            assertThat(doc.getTables().get(0).getText()).contains("姓名", "准考证号", "单位");
            String footer = doc.getFooterList().get(0).getText();
            assertThat(footer).contains(FINGERPRINT).contains("2025-B01-S03").contains("第").contains("页");
            assertThat(doc.getFooterList().get(0).getParagraphs().get(1).getCTP().xmlText()).contains("PAGE", "NUMPAGES");
            assertThat(doc.getHeaderList()).anyMatch(h -> h._getHdrFtr().xmlText().contains("样卷·未发放"));
        }
    }

    @Test
    void theAnswerKeyListsEveryKey() throws Exception {
        PaperView view = paper(bank(), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnswerKeyDocument().write(view, out);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("一、判断题（每题0.5分，共2分）", "二、单选题（每题0.5分，共98分）")
                    .anyMatch(t -> t.contains("答案及评分标准"));
            String keys = doc.getTables().get(0).getText();
            assertThat(keys).contains("√", "×");
            assertThat(doc.getTables().get(1).getRow(1).getCell(0).getText()).matches("[ABCD]");
            assertThat(doc.getFooterList().get(0).getText()).contains(FINGERPRINT);
            assertThat(doc.getHeaderList()).noneMatch(h -> h._getHdrFtr().xmlText().contains("样卷"));
        }
    }

    @Test
    void theSkillPaperComesAsItsThreeDocuments() throws Exception {
        ParsedBank bank = bank();
        SkillPaperView view = SkillPaperView.ofTasks("职业技能等级认定", "电工", "三级/高级工", "2025-B01", "2025-B01-S03",
                FINGERPRINT, bank.skillTasks(), "样卷·未发放");
        SkillPaperDocuments docs = new SkillPaperDocuments();
        ByteArrayOutputStream prep = new ByteArrayOutputStream();
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        ByteArrayOutputStream score = new ByteArrayOutputStream();
        docs.writePreparation(view, prep);
        docs.writeTaskSheet(view, sheet);
        docs.writeScoreSheet(view, score);

        try (XWPFDocument p = open(prep); XWPFDocument t = open(sheet); XWPFDocument s = open(score)) {
            assertThat(p.getParagraphs()).extracting(XWPFParagraph::getText).contains("考场准备", "考生准备");
            assertThat(p.getTables().get(0).getText()).contains("三相异步电动机", "Y112M-4 4kW");
            assertThat(t.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("试题1　三相异步电动机正反转控制线路安装与调试", "考核时间：120 分钟　　配分：100 分", "工作任务");
            assertThat(s.getTables()).hasSize(3);
            var rubric = s.getTables().get(0);
            assertThat(rubric.getRow(rubric.getNumberOfRows() - 1).getCell(2).getText()).isEqualTo("100");
            assertThat(rubric.getText()).contains("否决项");
            assertThat(s.getParagraphs()).extracting(XWPFParagraph::getText).anyMatch(x -> x.contains("评分人") && x.contains("核分人"));
            assertThat(s.getFooterList().get(0).getText()).contains(FINGERPRINT);
        }
    }

    @Test
    void theTaskSheetAndTheScoreSheetCarryThePointsDrawnWithThePaper() throws Exception {
        // 技能要求权重表 A 60, B 40: the rubrics (100 each) are converted to the drawn points
        List<SkillTask> tasks = bank().skillTasks();
        SkillPaperView view = new SkillPaperView("职业技能等级认定", "电工", "三级/高级工", "2025-B01", "2025-B01-S03",
                FINGERPRINT, List.of(new SkillPaperView.Question(tasks.get(0), new BigDecimal("60")),
                new SkillPaperView.Question(tasks.get(1), new BigDecimal("40"))), null);
        SkillPaperDocuments docs = new SkillPaperDocuments();
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        ByteArrayOutputStream score = new ByteArrayOutputStream();
        docs.writeTaskSheet(view, sheet);
        docs.writeScoreSheet(view, score);

        try (XWPFDocument t = open(sheet); XWPFDocument s = open(score)) {
            assertThat(t.getParagraphs()).extracting(XWPFParagraph::getText).contains(
                    "本试卷共 2 道试题，满分 100 分，考核时间合计 180 分钟。",
                    "考核时间：120 分钟　　配分：60 分", "考核时间：60 分钟　　配分：40 分");
            assertThat(s.getParagraphs()).extracting(XWPFParagraph::getText).contains(
                    "试题1　DG3-S001：三相异步电动机正反转控制线路安装与调试（配分 60 分）",
                    "试题2　DG3-S002：机床电气控制线路故障排除（配分 40 分）",
                    "评分要素合计 100 分，本题配分 60 分：本题得分 = 评分要素得分 × 60 ÷ 100，保留一位小数。",
                    "成绩汇总");
            XWPFTable summary = s.getTables().get(2);
            assertThat(summary.getRow(1).getCell(3).getText()).isEqualTo("60");
            assertThat(summary.getRow(2).getCell(3).getText()).isEqualTo("40");
            assertThat(summary.getRow(3).getCell(2).getText()).isEqualTo("合计");
            assertThat(summary.getRow(3).getCell(3).getText()).isEqualTo("100");
        }
    }

    private static XWPFDocument open(ByteArrayOutputStream out) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }
}
