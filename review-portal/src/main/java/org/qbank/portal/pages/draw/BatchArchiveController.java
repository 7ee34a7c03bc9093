package org.qbank.portal.pages.draw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.qbank.assembly.paper.PaperService;
import org.qbank.bank.access.Actor;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.plan.ExamPlanService;
import org.qbank.bank.plan.PlanArchive;
import org.qbank.bank.plan.SessionView;
import org.qbank.tools.compliance.ArchiveWriter;
import org.qbank.tools.word.PaperView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The retention archive of a batch as one zip: plan, amendments, the papers issued to its sessions with their keys
 * (each audited as a download and marked), and the audit excerpt: the batch's entries and its papers' draw, issue,
 * view, download, use and void entries.
 */
@Controller
@PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
class BatchArchiveController {

    private final ExamPlanService plans;
    private final PaperService papers;
    private final PaperAccess access;
    private final AuditLog audit;

    BatchArchiveController(ExamPlanService plans, PaperService papers, PaperAccess access, AuditLog audit) {
        this.plans = plans;
        this.papers = papers;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/batches/{id}/archive.zip")
    ResponseEntity<byte[]> archive(Actor actor, @PathVariable long id) throws IOException {
        PlanArchive plan = plans.archive(actor, id);
        List<PaperView> printed = new ArrayList<>();
        List<String> paperIds = new ArrayList<>();
        for (SessionView s : plan.plan().batch().sessions()) {
            papers.issuedToEver(actor, s.id()).forEach(p -> {
                printed.add(access.printable(actor, p.id()));
                paperIds.add(String.valueOf(p.id()));
            });
        }
        // read after printing, so the excerpt also shows the downloads this archive has just made
        List<AuditRecord> paperAudit = audit.historyOf(actor, plan.plan().batch().institutionId(), "paper", paperIds);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ArchiveWriter().write(new ArchiveWriter.BatchArchive(plan, printed, paperAudit), out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("批次档案-" + plan.plan().batch().code() + ".zip", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store, private")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(out.toByteArray());
    }
}
