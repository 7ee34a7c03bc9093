package org.qbank.tools.filing;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.qbank.bank.common.Level;
import org.qbank.bank.review.ReviewSheet;
import org.qbank.bank.review.ReviewSheet.AnnexRow;
import org.qbank.bank.review.SignOffView;

/**
 * 专家评审意见表 (seeds/002 附件5) as a Word table with exactly the form's fields, one row each: 机构名称(盖章),
 * 职业(工种)名称, 等级, 理论题量/套数, 技能题量/套数, 评审地点, the 评审意见 of 五级/初级 … 一级/高级技师 (levels the
 * round did not review read "/"), 评审结论, 评审专家组长签字, 评审专家签字, 日期. A page break then starts the annex:
 * every item with each expert's verdict and the conclusion, and each signed level's digest.
 */
public final class ReviewSheetDocument {

    static final String TITLE = "专家评审意见表";
    static final String ANNEX = "附件：逐题评审记录";
    private static final DateTimeFormatter SIGNED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    public void write(ReviewSheet sheet, OutputStream out) throws IOException {
        try (XWPFDocument doc = FilingDocx.a4()) {
            FilingDocx.title(doc, TITLE);
            XWPFTable form = FilingDocx.table(doc, 2);
            FilingDocx.row(form, 1, "机构名称(盖章)", sheet.institutionName());
            FilingDocx.row(form, 1, "职业(工种)名称", sheet.occupationDisplay());
            FilingDocx.row(form, 1, "等级", String.join("、", sheet.levels().stream().map(Level::displayName).toList()));
            FilingDocx.row(form, 1, "理论题量/套数", count(sheet.theoryCount(), "题"));
            FilingDocx.row(form, 1, "技能题量/套数", count(sheet.skillCount(), "套"));
            FilingDocx.row(form, 1, "评审地点", FilingDocx.nz(sheet.place()));
            FilingDocx.row(form, 2, "等级", "评审意见");
            for (Level l : List.of(Level.FIVE, Level.FOUR, Level.THREE, Level.TWO, Level.ONE)) {
                String opinion = sheet.opinions().get(l);
                FilingDocx.row(form, 1, FilingDocx.formLevel(l), opinion != null ? opinion : sheet.levels().contains(l) ? "" : "/");
            }
            FilingDocx.row(form, 1, "评审结论", FilingDocx.nz(sheet.conclusion()));
            FilingDocx.row(form, 1, "评审专家组长签字", sheet.leaderName());
            FilingDocx.row(form, 1, "评审专家签字", String.join("、", sheet.expertNames()));
            FilingDocx.row(form, 1, "日期", FilingDocx.date(sheet.date()));
            annex(doc, sheet);
            doc.write(out);
        }
    }

    private static void annex(XWPFDocument doc, ReviewSheet sheet) {
        doc.createParagraph().setPageBreak(true);
        FilingDocx.heading(doc, ANNEX);
        FilingDocx.paragraph(doc, "评审轮次 " + sheet.roundId() + (sheet.imported() ? "（纸质评审记录导入）" : ""), 10, false,
                ParagraphAlignment.LEFT);
        for (SignOffView s : sheet.signOffs()) {
            FilingDocx.paragraph(doc, s.level().displayName() + " 签署：" + s.signerName() + " " + SIGNED.format(s.signedAt())
                    + "，覆盖版本摘要 SHA-256 " + s.digest(), 9, false, ParagraphAlignment.LEFT);
        }
        List<String> header = new ArrayList<>(List.of("序号", "试题编码", "等级", "科目", "版本"));
        header.addAll(sheet.expertNames());
        header.addAll(List.of("结论", "说明"));
        XWPFTable t = FilingDocx.table(doc, header.size());
        FilingDocx.row(t, header.size(), header.toArray(String[]::new));
        int n = 1;
        for (AnnexRow r : sheet.annex()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(n++), r.itemCode(), r.level().displayName(),
                    r.subject().shortName(), version(r)));
            cells.addAll(r.verdicts());
            cells.add(r.conclusion());
            cells.add(FilingDocx.nz(r.note()));
            FilingDocx.row(t, 0, cells.toArray(String[]::new));
        }
    }

    private static String version(AnnexRow r) {
        return "v" + r.versionNumber() + (r.revisedVersionNumber() == null ? "" : " → v" + r.revisedVersionNumber());
    }

    /** Theory items count in 题; a skill task (with its 准备通知单 and 评分记录表) counts as one 套. */
    static String count(long n, String unit) {
        return n == 0 ? "/" : n + unit;
    }
}
