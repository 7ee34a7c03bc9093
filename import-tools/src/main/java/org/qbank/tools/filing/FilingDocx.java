package org.qbank.tools.filing;

import java.math.BigInteger;
import java.time.LocalDate;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.qbank.bank.common.Level;

/** XWPF building blocks of the filing documents: A4 page, 宋体 text, label/value tables. */
final class FilingDocx {

    static final String FONT = "宋体";

    private FilingDocx() {
    }

    static XWPFDocument a4() {
        XWPFDocument doc = new XWPFDocument();
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        var size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(1134));
        margin.setBottom(BigInteger.valueOf(1134));
        margin.setLeft(BigInteger.valueOf(1134));
        margin.setRight(BigInteger.valueOf(1134));
        return doc;
    }

    static XWPFParagraph title(XWPFDocument doc, String text) {
        return paragraph(doc, text, 18, true, ParagraphAlignment.CENTER);
    }

    static XWPFParagraph heading(XWPFDocument doc, String text) {
        return paragraph(doc, text, 14, true, ParagraphAlignment.LEFT);
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, text, size, bold);
        return p;
    }

    static void run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        String[] lines = nz(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
    }

    /** A full-width table of {@code columns} columns and no rows yet. */
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
