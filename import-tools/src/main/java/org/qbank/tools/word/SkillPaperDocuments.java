package org.qbank.tools.word;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.qbank.tools.importing.PrepItem;
import org.qbank.tools.importing.RubricRow;
import org.qbank.tools.importing.SkillTask;

/** A skill paper's three documents: 准备通知单 (for the site), 试题单 (for candidates), 评分记录表 (for examiners). */
public final class SkillPaperDocuments {

    public void writePreparation(SkillPaperView paper, OutputStream out) throws IOException {
        try (XWPFDocument doc = start(paper, "准备通知单")) {
            for (SkillTask task : paper.questions().stream().map(SkillPaperView.Question::task).toList()) {
                Docx.paragraph(doc, "试题 " + task.code() + "：" + task.name(), 12, true, ParagraphAlignment.LEFT);
                for (PrepItem.Category category : PrepItem.Category.values()) {
                    List<PrepItem> items = task.preparation().stream().filter(p -> p.category() == category).toList();
                    Docx.paragraph(doc, category.label(), 11, true, ParagraphAlignment.LEFT);
                    XWPFTable t = doc.createTable(items.size() + 1, 6);
                    String[] head = {"序号", "名称", "规格", "数量", "单位", "备注"};
                    for (int c = 0; c < head.length; c++) {
                        Docx.cell(t, 0, c, head[c], true);
                    }
                    for (int i = 0; i < items.size(); i++) {
                        PrepItem p = items.get(i);
                        String[] v = {String.valueOf(i + 1), p.name(), p.spec(), p.quantity(), p.unit(), p.note()};
                        for (int c = 0; c < v.length; c++) {
                            Docx.cell(t, i + 1, c, Docx.nz(v[c]), false);
                        }
                    }
                }
            }
            finish(doc, paper, out);
        }
    }

    public void writeTaskSheet(SkillPaperView paper, OutputStream out) throws IOException {
        try (XWPFDocument doc = start(paper, "试题单")) {
            int minutes = paper.questions().stream().mapToInt(q -> q.task().durationMinutes()).sum();
            Docx.paragraph(doc, "本试卷共 " + paper.questions().size() + " 道试题，满分 " + Docx.points(paper.totalPoints())
                    + " 分，考核时间合计 " + minutes + " 分钟。", 10, false, ParagraphAlignment.LEFT);
            for (int i = 0; i < paper.questions().size(); i++) {
                SkillPaperView.Question q = paper.questions().get(i);
                SkillTask task = q.task();
                Docx.paragraph(doc, "试题" + (i + 1) + "　" + task.name(), 12, true, ParagraphAlignment.LEFT);
                Docx.paragraph(doc, "考核时间：" + task.durationMinutes() + " 分钟　　配分：" + Docx.points(q.points()) + " 分",
                        10, false, ParagraphAlignment.LEFT);
                section(doc, "题目背景", task.background());
                section(doc, "工作任务", task.tasks());
                section(doc, "技能要求", task.skillRequirements());
                section(doc, "质量指标", task.qualityIndicators());
            }
            finish(doc, paper, out);
        }
    }

    public void writeScoreSheet(SkillPaperView paper, OutputStream out) throws IOException {
        try (XWPFDocument doc = start(paper, "评分记录表")) {
            Docx.paragraph(doc, "考生姓名：____________　准考证号：____________", 10, false, ParagraphAlignment.LEFT);
            for (int n = 0; n < paper.questions().size(); n++) {
                SkillPaperView.Question q = paper.questions().get(n);
                SkillTask task = q.task();
                Docx.paragraph(doc, "试题" + (n + 1) + "　" + task.code() + "：" + task.name() + "（配分 "
                        + Docx.points(q.points()) + " 分）", 12, true, ParagraphAlignment.LEFT);
                List<RubricRow> rubric = task.rubric();
                XWPFTable t = doc.createTable(rubric.size() + 2, 6);
                String[] head = {"序号", "评分要素", "配分", "评分标准", "扣分", "得分"};
                for (int c = 0; c < head.length; c++) {
                    Docx.cell(t, 0, c, head[c], true);
                }
                for (int i = 0; i < rubric.size(); i++) {
                    RubricRow r = rubric.get(i);
                    String criteria = r.criteria() + (r.veto() ? "（否决项）" : "") + (r.kind() == null ? "" : "［" + r.kind() + "］");
                    String[] v = {String.valueOf(r.number()), r.element(), Docx.points(r.points()), criteria, "", ""};
                    for (int c = 0; c < v.length; c++) {
                        Docx.cell(t, i + 1, c, v[c], false);
                    }
                }
                BigDecimal sum = rubric.stream().map(RubricRow::points).reduce(BigDecimal.ZERO, BigDecimal::add);
                Docx.cell(t, rubric.size() + 1, 1, "合计", true);
                Docx.cell(t, rubric.size() + 1, 2, Docx.points(sum), true);
                if (q.converted()) {
                    // the rubric keeps its own scale; the 技能要求权重表 decides what the task counts on this paper
                    Docx.paragraph(doc, "评分要素合计 " + Docx.points(sum) + " 分，本题配分 " + Docx.points(q.points())
                            + " 分：本题得分 = 评分要素得分 × " + Docx.points(q.points()) + " ÷ " + Docx.points(sum)
                            + "，保留一位小数。", 10, false, ParagraphAlignment.LEFT);
                }
            }
            summary(doc, paper);
            Docx.paragraph(doc, "评分人：____________　　核分人：____________　　日期：____年__月__日", 10, false,
                    ParagraphAlignment.LEFT);
            finish(doc, paper, out);
        }
    }

    /** 成绩汇总: one row per task with its 配分 and a blank for its score, the paper's total at the foot. */
    private static void summary(XWPFDocument doc, SkillPaperView paper) {
        Docx.paragraph(doc, "成绩汇总", 12, true, ParagraphAlignment.LEFT);
        List<SkillPaperView.Question> questions = paper.questions();
        XWPFTable t = doc.createTable(questions.size() + 2, 5);
        String[] head = {"序号", "试题编码", "试题名称", "配分", "得分"};
        for (int c = 0; c < head.length; c++) {
            Docx.cell(t, 0, c, head[c], true);
        }
        for (int i = 0; i < questions.size(); i++) {
            SkillPaperView.Question q = questions.get(i);
            String[] v = {String.valueOf(i + 1), q.task().code(), q.task().name(), Docx.points(q.points()), ""};
            for (int c = 0; c < v.length; c++) {
                Docx.cell(t, i + 1, c, v[c], false);
            }
        }
        Docx.cell(t, questions.size() + 1, 2, "合计", true);
        Docx.cell(t, questions.size() + 1, 3, Docx.points(paper.totalPoints()), true);
    }

    private static XWPFDocument start(SkillPaperView paper, String document) {
        XWPFDocument doc = Docx.a4();
        Docx.paragraph(doc, paper.title(), 16, true, ParagraphAlignment.CENTER);
        Docx.paragraph(doc, paper.occupation() + "（" + paper.level() + "）操作技能考核 " + document, 14, true,
                ParagraphAlignment.CENTER);
        return doc;
    }

    private static void section(XWPFDocument doc, String label, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Docx.paragraph(doc, label, 11, true, ParagraphAlignment.LEFT);
        Docx.paragraph(doc, text, 10, false, ParagraphAlignment.LEFT);
    }

    private static void finish(XWPFDocument doc, SkillPaperView paper, OutputStream out) throws IOException {
        Docx.footerAndMark(doc, paper.batchCode(), paper.sessionCode(), paper.fingerprint(), paper.sampleMark());
        doc.write(out);
    }
}
