package org.qbank.portal.paper;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.qbank.assembly.compliance.ComplianceReport;
import org.qbank.assembly.compliance.ComplianceService;
import org.qbank.assembly.paper.IssuedFingerprint;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.session.DrawWindow;
import org.qbank.assembly.session.SessionDrawService;
import org.qbank.bank.access.Actor;
import org.qbank.bank.plan.BatchService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Drawing papers for sessions, their lifecycle, and the inspector's proof of freshness. The rules (draw window,
 * approved batch, one paper per session, never reuse) live in paper-assembly; this only maps HTTP to them.
 */
@RestController
class PaperApiController {

    private final SessionDrawService draws;
    private final PaperService papers;
    private final ComplianceService compliance;
    private final BatchService batches;

    PaperApiController(SessionDrawService draws, PaperService papers, ComplianceService compliance, BatchService batches) {
        this.draws = draws;
        this.papers = papers;
        this.compliance = compliance;
        this.batches = batches;
    }

    /** When the session's paper may be drawn. */
    @GetMapping("/api/v1/sessions/{sessionId}/draw-window")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','INSTITUTION_ADMIN')")
    DrawWindow window(Actor actor, @PathVariable long sessionId) {
        return draws.window(batches.session(actor, sessionId));
    }

    /** Assembles and issues a fresh paper for the session (synchronously; the pages show progress instead). */
    @PostMapping("/api/v1/sessions/{sessionId}/paper")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','INSTITUTION_ADMIN')")
    PaperResponse draw(Actor actor, @PathVariable long sessionId, @Valid @RequestBody DrawRequest request) {
        return PaperResponse.of(draws.draw(actor, sessionId, request.blueprintId()));
    }

    /** Assembles and issues a fresh skill paper (操作技能) for a skill session from a saved skill blueprint. */
    @PostMapping("/api/v1/sessions/{sessionId}/skill-paper")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','INSTITUTION_ADMIN')")
    PaperResponse drawSkill(Actor actor, @PathVariable long sessionId, @Valid @RequestBody SkillDrawRequest request) {
        return PaperResponse.of(draws.drawSkill(actor, sessionId, request.skillBlueprintId()));
    }

    /** Issues a kept 备用卷 to the session (same rules as any draw; 409 while the session has a live paper). */
    @PostMapping("/api/v1/sessions/{sessionId}/spare")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','INSTITUTION_ADMIN')")
    PaperResponse issueSpare(Actor actor, @PathVariable long sessionId, @Valid @RequestBody SpareRequest request) {
        return PaperResponse.of(draws.issueSpare(actor, sessionId, request.paperId()));
    }

    /**
     * Voids the paper (unless already voided) and issues its replacement to the same session in one transaction:
     * a 备用卷, or a fresh paper from a theory or skill blueprint. The voided item set stays refused.
     */
    @PostMapping("/api/v1/papers/{paperId}/replace")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','INSTITUTION_ADMIN')")
    PaperResponse replace(Actor actor, @PathVariable long paperId, @Valid @RequestBody ReplaceRequest request) {
        return PaperResponse.of(draws.replace(actor, paperId, request.reason(), request.source()));
    }

    /** After the session: its paper becomes USED and exposure adds the candidates who sat. */
    @PostMapping("/api/v1/sessions/{sessionId}/complete")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','INSTITUTION_ADMIN')")
    PaperResponse complete(Actor actor, @PathVariable long sessionId) {
        return PaperResponse.of(draws.completeSession(actor, sessionId));
    }

    @GetMapping("/api/v1/papers/{paperId}")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','INSTITUTION_ADMIN','INSPECTOR')")
    PaperResponse get(Actor actor, @PathVariable long paperId) {
        return PaperResponse.of(papers.find(actor, paperId));
    }

    @PostMapping("/api/v1/papers/{paperId}/void")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','INSTITUTION_ADMIN')")
    PaperResponse voidPaper(Actor actor, @PathVariable long paperId, @Valid @RequestBody VoidRequest request) {
        return PaperResponse.of(papers.voidPaper(actor, paperId, request.reason()));
    }

    @GetMapping("/api/v1/papers/overlap")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','INSTITUTION_ADMIN','INSPECTOR')")
    PaperService.Overlap overlap(Actor actor, @RequestParam long a, @RequestParam long b) {
        return papers.overlap(actor, a, b);
    }

    @GetMapping("/api/v1/institutions/{institutionId}/issued-fingerprints")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN','INSTITUTION_ADMIN','INSPECTOR')")
    List<IssuedFingerprint> fingerprints(Actor actor, @PathVariable long institutionId) {
        return papers.issuedFingerprints(actor, institutionId);
    }

    /** Sessions → papers → fingerprints, the no-repeat proof, overlap statistics, plans on time, supervisors. */
    @GetMapping("/api/v1/institutions/{institutionId}/compliance")
    @PreAuthorize("hasAnyRole('INSPECTOR','INSTITUTION_ADMIN','PLATFORM_ADMIN')")
    ComplianceReport report(Actor actor, @PathVariable long institutionId,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return compliance.report(actor, institutionId, from, to);
    }
}
