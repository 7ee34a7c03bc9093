package org.qbank.portal.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.qbank.bank.access.Actor;
import org.qbank.tools.importing.ReportJson;
import org.qbank.tools.storage.BankImports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bank workbook imports over REST. {@code POST …/bank-imports} (multipart {@code file}) checks the upload and, unless
 * {@code dryRun=true}, stores it; a dry run answers with an {@code uploadId} to confirm later
 * ({@code POST …/bank-imports/{uploadId}/store}). A rejected workbook is a 422 problem whose {@code report} lists
 * every error; {@code GET …/bank-imports/{uploadId}/errors.xlsx} gives the copy with the 错误 column.
 * 考务管理员 and 机构管理员 only.
 */
@RestController
class BankImportApiController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BankImportUploads uploads;

    BankImportApiController(BankImportUploads uploads) {
        this.uploads = uploads;
    }

    /** The check's (and, when stored, the store's) result: the report as the CLI's {@code --report} writes it. */
    record BankImportResponse(String uploadId, boolean accepted, boolean stored, Map<String, Object> report,
                              Map<String, Object> summary) {
    }

    @PostMapping(path = "/api/v1/institutions/{id}/bank-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
    ResponseEntity<?> upload(Actor actor, @PathVariable long id, @RequestParam("file") MultipartFile file,
                             @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        BankImportUploads.Checked checked = uploads.check(actor, id, file.getOriginalFilename(), file.getInputStream());
        if (!checked.result().accepted()) {
            return rejected(checked.uploadId(), checked.result());
        }
        if (dryRun) {
            return ResponseEntity.ok(response(checked.uploadId(), checked.result(), null));
        }
        return stored(checked.uploadId(), checked.result(), uploads.store(actor, id, checked.uploadId()));
    }

    @PostMapping("/api/v1/institutions/{id}/bank-imports/{uploadId}/store")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
    ResponseEntity<?> store(Actor actor, @PathVariable long id, @PathVariable String uploadId) {
        BankImports.Result checked = uploads.checked(actor, id, uploadId);
        if (!checked.accepted()) {
            return rejected(uploadId, checked);
        }
        return stored(uploadId, checked, uploads.store(actor, id, uploadId));
    }

    @GetMapping("/api/v1/institutions/{id}/bank-imports/{uploadId}/errors.xlsx")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
    ResponseEntity<byte[]> errorCopy(Actor actor, @PathVariable long id, @PathVariable String uploadId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        uploads.writeErrorCopy(actor, id, uploadId, out);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("导入报告-" + uploadId + ".xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    private static ResponseEntity<BankImportResponse> stored(String uploadId, BankImports.Result checked,
                                                             BankImports.Result stored) {
        // The duplicate findings come from the check; the store does not repeat the scan.
        BankImportResponse body = new BankImportResponse(uploadId, true, true,
                ReportJson.toMap(checked.report(), checked.duplicates()), stored.summary().toMap());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    private static ResponseEntity<ProblemDetail> rejected(String uploadId, BankImports.Result result) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "工作簿有 " + result.report().errors().size() + " 个错误，整个文件未导入");
        p.setProperty("code", "workbook-rejected");
        p.setProperty("uploadId", uploadId);
        p.setProperty("report", ReportJson.toMap(result.report(), result.duplicates()));
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static BankImportResponse response(String uploadId, BankImports.Result result, Map<String, Object> summary) {
        return new BankImportResponse(uploadId, result.accepted(), summary != null,
                ReportJson.toMap(result.report(), result.duplicates()), summary);
    }
}
