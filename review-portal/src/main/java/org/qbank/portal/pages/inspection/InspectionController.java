package org.qbank.portal.pages.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.qbank.assembly.compliance.ComplianceService;
import org.qbank.bank.access.Actor;
import org.qbank.portal.pages.Workplace;
import org.qbank.tools.compliance.ComplianceWorkbook;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.RequestParam;
import org.qbank.portal.pages.PageFormatting;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 合规报告 for inspectors (read-only) and its CSV export. */
@Controller
@PreAuthorize("hasAnyRole('INSPECTOR', 'INSTITUTION_ADMIN')")
class InspectionController {

    private final ComplianceReport report;
    private final ComplianceService compliance;
    private final Clock clock;

    InspectionController(ComplianceReport report, ComplianceService compliance, Clock clock) {
        this.report = report;
        this.compliance = compliance;
        this.clock = clock;
    }

    /**
     * The full 合规报告 of one institution and period as .xlsx (sessions and fingerprints, the no-repeat proof,
     * overlap statistics, plans and supervisors). The period defaults to the current year.
     */
    @GetMapping("/inspection/report.xlsx")
    ResponseEntity<byte[]> workbook(Actor actor, @RequestParam(required = false) Long institutionId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
            throws IOException {
        LocalDate today = LocalDate.now(clock);
        long institution = institutionId != null ? institutionId : Workplace.institutionOf(actor);
        org.qbank.assembly.compliance.ComplianceReport r = compliance.report(actor, institution,
                from != null ? from : today.withDayOfYear(1), to != null ? to : today.withMonth(12).withDayOfMonth(31));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComplianceWorkbook().write(r, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("合规报告-" + r.from() + "-" + r.to() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(out.toByteArray());
    }

    @GetMapping("/inspection")
    String view(Actor actor, Model model) {
        model.addAttribute("sections", report.build(actor));
        return "pages/inspection/report";
    }

    @GetMapping("/inspection/report.csv")
    ResponseEntity<byte[]> export(Actor actor) {
        StringBuilder csv = new StringBuilder("\uFEFF机构,批次,场次,开始时间,等级,科目,试卷,状态,指纹,发放时间\n");
        for (ComplianceReport.Section s : report.build(actor)) {
            for (ComplianceReport.Line l : s.lines()) {
                csv.append(String.join(",", List.of(s.institution().name(), l.batchCode(), l.sessionCode(),
                        PageFormatting.time(l.startsAt()), l.level(), l.subject(),
                        l.paperId() == null ? "" : l.paperId().toString(), l.status(),
                        l.fingerprint() == null ? "" : l.fingerprint(), PageFormatting.time(l.issuedAt()))
                        .stream().map(InspectionController::cell).toList())).append('\n');
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("合规报告.csv", StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String cell(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
