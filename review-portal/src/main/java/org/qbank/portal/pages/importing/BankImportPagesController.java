package org.qbank.portal.pages.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.portal.importing.BankImportUploads;
import org.qbank.portal.pages.FieldErrors;
import org.qbank.portal.pages.Workplace;
import org.qbank.tools.storage.BankImports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * 题库导入: upload a bank workbook (or a zip with its pictures), read the report — errors with sheet, row and column,
 * duplicates and near-duplicates — download the copy with the 错误 column, then confirm the store.
 * 考务管理员 and 机构管理员 only; import-tools does the work through {@link BankImportUploads}.
 */
@Controller
class BankImportPagesController {

    private static final String VIEW = "pages/importing/import";
    private static final int SHOWN = 500;
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BankImportUploads uploads;

    BankImportPagesController(BankImportUploads uploads) {
        this.uploads = uploads;
    }

    @GetMapping("/bank-imports")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
    ModelAndView form() {
        return page(null, null, null, FieldErrors.none());
    }

    @PostMapping("/bank-imports")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
    ModelAndView check(Actor actor, @RequestParam("file") MultipartFile file) throws IOException {
        try {
            BankImportUploads.Checked checked = uploads.check(actor, Workplace.institutionOf(actor),
                    file.getOriginalFilename(), file.getInputStream());
            ModelAndView mav = page(checked.uploadId(), checked.result(), null, FieldErrors.none());
            if (!checked.result().accepted()) {
                mav.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            }
            return mav;
        } catch (RuleViolationException e) {
            ModelAndView mav = page(null, null, null, FieldErrors.of(e));
            mav.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return mav;
        }
    }

    @PostMapping("/bank-imports/{uploadId}/store")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
    ModelAndView store(Actor actor, @PathVariable String uploadId) {
        long institution = Workplace.institutionOf(actor);
        BankImports.Result checked = uploads.checked(actor, institution, uploadId);
        try {
            return page(uploadId, checked, uploads.store(actor, institution, uploadId), FieldErrors.none());
        } catch (RuleViolationException e) {
            // What only the bank can answer (a missing 细目表, a code filed elsewhere): nothing was stored.
            ModelAndView mav = page(uploadId, checked, null, FieldErrors.of(e));
            mav.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return mav;
        } catch (AccessDeniedException e) {
            ModelAndView mav = page(uploadId, checked, null, FieldErrors.of(RuleViolationException.of("role", e.getMessage())));
            mav.setStatus(HttpStatus.FORBIDDEN);
            return mav;
        }
    }

    @GetMapping("/bank-imports/{uploadId}/errors.xlsx")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
    ResponseEntity<byte[]> errorCopy(Actor actor, @PathVariable String uploadId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        uploads.writeErrorCopy(actor, Workplace.institutionOf(actor), uploadId, out);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("导入报告.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    private static ModelAndView page(String uploadId, BankImports.Result checked, BankImports.Result stored,
                                     FieldErrors errors) {
        ModelAndView mav = new ModelAndView(VIEW);
        mav.addObject("uploadId", uploadId);
        mav.addObject("checked", checked);
        mav.addObject("stored", stored);
        mav.addObject("errors", errors);
        if (checked != null) {
            // A dirty 100,000-row workbook can have more problems than a page should hold: the copy has them all.
            mav.addObject("shownErrors", checked.report().errors().stream().limit(SHOWN).toList());
            mav.addObject("shownWarnings", checked.report().warnings().stream()
                    .filter(w -> !w.reason().startsWith("疑似重复")).limit(SHOWN).toList());
            mav.addObject("shownPairs", checked.duplicates().pairs().stream().limit(SHOWN).toList());
        }
        return mav;
    }
}
