package org.qbank.tools.word;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** 答案及评分标准 of a theory paper: keys in tables of ten per row, reference answers and scoring points below. */
public final class AnswerKeyDocument {

    private static final int PER_ROW = 10;

    public void write(PaperView paper, OutputStream out) throws IOException {
        try (XWPFDocument doc = Docx.a4()) {
            Docx.paragraph(doc, paper.title(), 16, true, ParagraphAlignment.CENTER);
            Docx.paragraph(doc, paper.occupation() + "（" + paper.level() + "）" + paper.subject() + "试卷 答案及评分标准",
                    14, true, ParagraphAlignment.CENTER);
            for (int s = 0; s < paper.sections().size(); s++) {
                PaperView.Section section = paper.sections().get(s);
                Docx.paragraph(doc, Docx.numeral(s) + "、" + section.name() + "（每题" + Docx.points(section.pointsEach())
                        + "分，共" + Docx.points(section.points()) + "分）", 11, true, ParagraphAlignment.LEFT);
                boolean keyed = section.questions().stream().allMatch(q -> q.answer() != null && q.answer().length() <= 8);
                if (keyed) {
                    keys(doc, section);
                } else {
                    for (PaperView.Question q : section.questions()) {
                        Docx.paragraph(doc, q.number() + ". 参考答案：" + Docx.nz(q.answer()), 10, false, ParagraphAlignment.LEFT);
                        if (q.explanation() != null && !q.explanation().isBlank()) {
                            Docx.paragraph(doc, "    评分要点：" + q.explanation(), 10, false, ParagraphAlignment.LEFT);
                        }
                    }
                }
            }
            Docx.paragraph(doc, "评分说明：客观题按标准答案评分，多选题多选、少选、错选均不得分。", 10, false, ParagraphAlignment.LEFT);
            Docx.footerAndMark(doc, paper.batchCode(), paper.sessionCode(), paper.fingerprint(), paper.sampleMark());
            doc.write(out);
        }
    }

    private static void keys(XWPFDocument doc, PaperView.Section section) {
        int n = section.questions().size();
        int rows = (n + PER_ROW - 1) / PER_ROW;
        XWPFTable t = doc.createTable(rows * 2, PER_ROW);
        for (int i = 0; i < n; i++) {
            PaperView.Question q = section.questions().get(i);
            Docx.cell(t, (i / PER_ROW) * 2, i % PER_ROW, String.valueOf(q.number()), true);
            Docx.cell(t, (i / PER_ROW) * 2 + 1, i % PER_ROW, q.answer(), false);
        }
    }
}
