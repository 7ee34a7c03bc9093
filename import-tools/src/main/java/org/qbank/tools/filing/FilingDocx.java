package org.qbank.tools.filing;

import java.time.LocalDate;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.qbank.bank.common.Level;
import org.qbank.tools.word.Docx;

/** XWPF building blocks of the filing documents: A4 page, 宋体 text, label/value tables. */
final class FilingDocx {

    static final String FONT = "宋体";

    private FilingDocx() {
    }

    static XWPFDocument a4() {
        return Docx.a4();
    }

    static XWPFParagraph title(XWPFDocument doc, String text) {
        return paragraph(doc, text, 18, true, ParagraphAlignment.CENTER);
    }

    static XWPFParagraph heading(XWPFDocument doc, String text) {
        return paragraph(doc, text, 14, true, ParagraphAlignment.LEFT);
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
        return Docx.paragraph(doc, text, size, bold, align);
    }

    static void run(XWPFParagraph p, String text, int size, boolean bold) {
        Docx.run(p, text, size, bold);
    }

    static XWPFTable table(XWPFDocument doc, int columns) {
        XWPFTable t = doc.createTable(1, columns);
        t.setWidth("100%");
        t.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
        t.removeRow(0);
        return t;
    }

    /** Appends a row; the first {@code boldCells} cells are labels. */
    static XWPFTableRow row(XWPFTable t, int boldCells, String... texts) {
        XWPFTableRow row = t.createRow();
        while (row.getTableCells().size() < texts.length) {
            row.addNewTableCell();
        }
        for (int i = 0; i < texts.length; i++) {
            XWPFTableCell cell = row.getCell(i);
            run(cell.getParagraphs().get(0), texts[i], 11, i < boldCells);
        }
        return row;
    }

    /** 五级/初级 … 一级/高级技师, as the rows of the 专家评审意见表 read. */
    static String formLevel(Level level) {
        return switch (level) {
            case FIVE -> "五级/初级";
            case FOUR -> "四级/中级";
            case THREE -> "三级/高级";
            case TWO -> "二级/技师";
            case ONE -> "一级/高级技师";
        };
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
