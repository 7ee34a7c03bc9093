package org.qbank.tools.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The printed theory paper: sealing-line block (姓名, 准考证号, 单位), title with occupation, level, subject and
 * duration, 注意事项, score table, numbered sections with their points, questions with options and pictures, and a
 * footer with batch, session, fingerprint and page numbers.
 */
public final class TheoryPaperDocument {

    static final List<String> NOTICE = List.of("考试时间：%d 分钟。",
            "请首先按要求在试卷的标封处填写您的姓名、准考证号和所在单位的名称。",
            "请仔细阅读各种题目的回答要求，在规定的位置填写您的答案。",
            "不要在试卷上乱写乱画，不要在标封区填写无关的内容。");

    public void write(PaperView paper, OutputStream out) throws IOException {
        try (XWPFDocument doc = Docx.a4()) {
            sealingLine(doc);
            Docx.paragraph(doc, paper.title(), 16, true, ParagraphAlignment.CENTER);
            Docx.paragraph(doc, paper.occupation() + "（" + paper.level() + "）" + paper.subject() + "试卷", 14, true,
                    ParagraphAlignment.CENTER);
            Docx.paragraph(doc, "注意事项", 11, true, ParagraphAlignment.LEFT);
            for (int i = 0; i < NOTICE.size(); i++) {
                Docx.paragraph(doc, (i + 1) + ". " + NOTICE.get(i).formatted(paper.durationMinutes()), 10, false,
                        ParagraphAlignment.LEFT);
            }
            scoreTable(doc, paper);
            int first = 1;
            for (int s = 0; s < paper.sections().size(); s++) {
                PaperView.Section section = paper.sections().get(s);
                int last = first + section.questions().size() - 1;
                Docx.paragraph(doc, heading(s, section, first, last), 11, true, ParagraphAlignment.LEFT);
                for (PaperView.Question q : section.questions()) {
                    question(doc, section, q);
                }
                first = last + 1;
            }
            Docx.footerAndMark(doc, paper.batchCode(), paper.sessionCode(), paper.fingerprint(), paper.sampleMark());
            doc.write(out);
        }
    }

    static String heading(int index, PaperView.Section section, int first, int last) {
        return Docx.numeral(index) + "、" + section.name() + "（第" + first + "题～第" + last + "题。每题"
                + Docx.points(section.pointsEach()) + "分，满分" + Docx.points(section.points()) + "分。）";
    }

    private static void sealingLine(XWPFDocument doc) {
        XWPFTable t = doc.createTable(1, 3);
        Docx.cell(t, 0, 0, "姓名：________________", false);
        Docx.cell(t, 0, 1, "准考证号：________________", false);
        Docx.cell(t, 0, 2, "单位：________________", false);
        Docx.paragraph(doc, "…………………………密…………………………封…………………………线…………………………", 9, false, ParagraphAlignment.CENTER);
        Docx.paragraph(doc, "考 生 答 题 不 准 超 过 此 线", 9, false, ParagraphAlignment.CENTER);
    }

    private static void scoreTable(XWPFDocument doc, PaperView paper) {
        int n = paper.sections().size();
        XWPFTable t = doc.createTable(2, n + 2);
        Docx.cell(t, 0, 0, "", true);
        Docx.cell(t, 1, 0, "得分", true);
        for (int i = 0; i < n; i++) {
            Docx.cell(t, 0, i + 1, Docx.numeral(i), true);
        }
        Docx.cell(t, 0, n + 1, "总分", true);
    }

    private static void question(XWPFDocument doc, PaperView.Section section, PaperView.Question q) {
        boolean judgement = q.options().isEmpty() && section.name().contains("判断");
        Docx.paragraph(doc, (judgement ? "（    ）" : "") + q.number() + ". " + q.stem(), 10, false, ParagraphAlignment.LEFT);
        for (PaperView.Image image : q.images()) {
            XWPFParagraph p = doc.createParagraph();
            try {
                p.createRun().addPicture(new ByteArrayInputStream(image.data()), pictureType(image.name()), image.name(),
                        Units.toEMU(image.widthPt()), Units.toEMU(image.heightPt()));
            } catch (InvalidFormatException | IOException e) {
                throw new IllegalArgumentException("图片无法放入试卷: " + image.name(), e);
            }
        }
        if (q.options().isEmpty()) {
            return;
        }
        int total = q.options().stream().mapToInt(String::length).sum();
        int perLine = total <= 24 ? 4 : total <= 48 ? 2 : 1;
        for (int i = 0; i < q.options().size(); i += perLine) {
            StringBuilder line = new StringBuilder("    ");
            for (int j = i; j < Math.min(i + perLine, q.options().size()); j++) {
                line.append((char) ('A' + j)).append(". ").append(q.options().get(j)).append("        ");
            }
            Docx.paragraph(doc, line.toString().stripTrailing(), 10, false, ParagraphAlignment.LEFT);
        }
    }

    private static int pictureType(String name) {
        String n = name.toLowerCase();
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return Document.PICTURE_TYPE_JPEG;
        }
        if (n.endsWith(".gif")) {
            return Document.PICTURE_TYPE_GIF;
        }
        return Document.PICTURE_TYPE_PNG;
    }
}
