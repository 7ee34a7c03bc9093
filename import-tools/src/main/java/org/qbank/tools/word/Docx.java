package org.qbank.tools.word;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Small XWPF building blocks shared by the printed documents (papers, keys, filing documents). */
public final class Docx {

    static final String FONT = "宋体";
    static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private Docx() {
    }

    public static XWPFDocument a4() {
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

    public static XWPFParagraph paragraph(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, text, size, bold);
        return p;
    }

    public static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold) {
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
        return r;
    }

    static void cell(XWPFTable table, int row, int col, String text, boolean bold) {
        var cell = table.getRow(row).getCell(col);
        XWPFParagraph p = cell.getParagraphs().get(0);
        run(p, text, 10, bold);
    }

    /** Footer: batch, session, fingerprint and "第 N 页 共 M 页"; every page marked with {@code mark} if given. */
    static void footerAndMark(XWPFDocument doc, String batch, String session, String fingerprint, String mark) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "批次 " + nz(batch) + "  场次 " + nz(session) + "  指纹 " + nz(fingerprint), 8, false);
        XWPFParagraph pages = footer.createParagraph();
        pages.setAlignment(ParagraphAlignment.CENTER);
        run(pages, "第 ", 9, false);
        field(pages, "PAGE");
        run(pages, " 页 共 ", 9, false);
        field(pages, "NUMPAGES");
        run(pages, " 页", 9, false);
        if (mark != null && !mark.isBlank()) {
            XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy() != null ? doc.getHeaderFooterPolicy()
                    : doc.createHeaderFooterPolicy();
            policy.createWatermark(mark);
        }
    }

    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", 9, false);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    static String numeral(int index) {
        return index < NUMERALS.length ? NUMERALS[index] : String.valueOf(index + 1);
    }

    static String points(java.math.BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
