package org.qbank.tools.compliance;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.qbank.assembly.compliance.ComplianceReport;
import org.qbank.bank.config.BankCoreConfiguration;
import org.qbank.tools.workbook.SheetWriting;

/**
 * Writes a {@link ComplianceReport} as .xlsx: sheets 场次试卷 (session → paper → fingerprint), 指纹核验 (the
 * no-repeat proof), 重复率 (overlap statistics) and 考务方案 (filing and supervisors). Every cell is a string or a
 * number; text that a spreadsheet would read as a formula (starting with = + - @) is written with a leading quote.
 */
public final class ComplianceWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public void write(ComplianceReport r, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet s = wb.createSheet("场次试卷");
            row(s, 0, "机构", "批次", "场次", "开始时间", "职业编码", "等级", "科目", "计划人数", "实考人数", "试卷", "状态", "指纹", "发放时间");
            int n = 1;
            for (ComplianceReport.SessionLine l : r.sessions()) {
                row(s, n++, r.institutionName(), l.batchCode(), l.sessionCode(), time(l.startsAt()), l.occupationCode(),
                        l.level(), l.subject(), l.candidates(), l.attended(), l.paperId(), l.paperStatus(),
                        l.fingerprint(), time(l.issuedAt()));
            }
            Sheet p = wb.createSheet("指纹核验");
            row(p, 0, "项目", "值");
            row(p, 1, "报告期间", r.from() + " 至 " + r.to());
            row(p, 2, "已发放指纹数", r.proof().issued());
            row(p, 3, "不同指纹数", r.proof().distinct());
            row(p, 4, "结论", r.proof().noRepeat() ? "无重复使用的试卷" : "存在重复指纹");
            row(p, 5, "数据库唯一约束", r.proof().uniqueKey());
            row(p, 6, "生成时间", time(r.generatedAt()));
            Sheet o = wb.createSheet("重复率");
            row(o, 0, "职业编码", "工种", "等级", "科目", "试卷数", "两两比较数", "最大重复率", "平均重复率");
            n = 1;
            for (ComplianceReport.OverlapStats x : r.overlaps()) {
                row(o, n++, x.occupationCode(), x.workType(), x.level(), x.subject(), x.papers(), x.pairs(),
                        x.maxOverlap().doubleValue(), x.meanOverlap().doubleValue());
            }
            Sheet f = wb.createSheet("考务方案");
            row(f, 0, "批次", "状态", "报送日期", "首场日期", "是否逾期", "逾期原因", "督导员");
            n = 1;
            for (ComplianceReport.PlanLine l : r.plans()) {
                row(f, n++, l.batchCode(), l.state(), l.filedOn() == null ? "未报送" : l.filedOn().toString(),
                        String.valueOf(l.firstSession()), l.late() ? "逾期" : "按时", l.lateReason(),
                        l.supervisors().isEmpty() ? "未配备" : String.join("、", l.supervisors()));
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        SheetWriting.row(sheet, index, values);
    }

    private static String time(Instant at) {
        return at == null ? null : TIME.format(at.atZone(BankCoreConfiguration.ZONE));
    }

    static List<String> sheetNames() {
        return List.of("场次试卷", "指纹核验", "重复率", "考务方案");
    }
}
