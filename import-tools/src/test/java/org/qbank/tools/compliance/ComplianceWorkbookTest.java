package org.qbank.tools.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.compliance.ComplianceReport;

class ComplianceWorkbookTest {

    @Test
    void theWorkbookCarriesSessionsFingerprintsProofOverlapAndPlansWithFormulaTextNeutralised() throws Exception {
        String fp = "a".repeat(64);
        ComplianceReport r = new ComplianceReport(7, "=HYPERLINK(\"x\")", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                Instant.parse("2026-03-31T02:00:00Z"),
                List.of(new ComplianceReport.SessionLine("B-01", "T1", Instant.parse("2026-03-20T01:00:00Z"), "6-18-02-04",
                        "三级", "理论知识", 28, 26, 42L, "已使用", fp, Instant.parse("2026-03-19T23:00:00Z"))),
                new ComplianceReport.FingerprintProof(1, 1, "issued_fingerprint: UNIQUE (institution_id, fingerprint)"),
                List.of(new ComplianceReport.OverlapStats("6-18-02-04", "", "三级", "理论知识", 2, 1,
                        new BigDecimal("0.3000"), new BigDecimal("0.3000"))),
                List.of(new ComplianceReport.PlanLine("B-01", "已完成", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20),
                        false, null, List.of("郑督导"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComplianceWorkbook().write(r, out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactlyElementsOf(ComplianceWorkbook.sheetNames());
            Sheet sessions = wb.getSheet("场次试卷");
            assertThat(sessions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(sessions.getRow(1).getCell(3).getStringCellValue()).isEqualTo("2026-03-20 09:00");
            assertThat(sessions.getRow(1).getCell(11).getStringCellValue()).isEqualTo(fp);
            assertThat(sessions.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(26);
            assertThat(wb.getSheet("指纹核验").getRow(4).getCell(1).getStringCellValue()).isEqualTo("无重复使用的试卷");
            assertThat(wb.getSheet("重复率").getRow(1).getCell(6).getNumericCellValue()).isEqualTo(0.3);
            assertThat(wb.getSheet("考务方案").getRow(1).getCell(6).getStringCellValue()).isEqualTo("郑督导");
        }
    }
}
