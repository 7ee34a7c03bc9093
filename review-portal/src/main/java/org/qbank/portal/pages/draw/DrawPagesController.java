package org.qbank.portal.pages.draw;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.Map;

import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.session.SessionDrawService;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.SessionView;
import org.qbank.portal.pages.FieldErrors;
import org.qbank.portal.pages.Workplace;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * Drawing papers: start an assembly job for a blueprint (and the session it is meant for), watch its progress
 * (the page polls a JSON endpoint), then view the paper, issue it to the session and download it as Word.
 */
@Controller
@PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
class DrawPagesController {

    private final DrawJobs jobs;
    private final BlueprintService blueprints;
    private final BatchService batches;
    private final SessionDrawService draws;
    private final PaperAccess access;

    DrawPagesController(DrawJobs jobs, BlueprintService blueprints, BatchService batches, SessionDrawService draws,
                        PaperAccess access) {
        this.jobs = jobs;
        this.blueprints = blueprints;
        this.batches = batches;
        this.draws = draws;
        this.access = access;
    }

    @GetMapping("/draw")
    String start(Actor actor, @RequestParam(required = false) Long blueprintId,
                 @RequestParam(required = false) Long sessionId, Model model) {
        return startPage(actor, blueprintId, sessionId, model, FieldErrors.none());
    }

    @PostMapping("/draw")
    ModelAndView submit(Actor actor, @RequestParam(required = false) Long blueprintId,
                        @RequestParam(required = false) Long sessionId, Model model) {
        try {
            if (blueprintId == null) {
                throw RuleViolationException.of("blueprintId", "请选择组卷方案");
            }
            return new ModelAndView("redirect:/draw/jobs/" + jobs.submit(actor, blueprintId, sessionId));
        } catch (RuleViolationException e) {
            ModelAndView mav = new ModelAndView(startPage(actor, blueprintId, sessionId, model, FieldErrors.of(e)), model.asMap());
            mav.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return mav;
        }
    }

    @GetMapping("/draw/jobs/{id}")
    String job(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("job", jobs.status(actor, id));
        return "pages/draw/job";
    }

    @GetMapping(value = "/draw/jobs/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> progress(Actor actor, @PathVariable UUID id) {
        return json(jobs.status(actor, id));
    }

    @PostMapping("/draw/jobs/{id}/cancel")
    String cancel(Actor actor, @PathVariable UUID id) {
        jobs.cancel(actor, id);
        return "redirect:/draw/jobs/" + id;
    }

    private static Map<String, Object> json(DrawJobs.View s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("state", s.stage());
        out.put("stateName", s.stageName());
        out.put("finished", s.finished());
        out.put("percent", s.percent());
        out.put("elapsedMillis", s.elapsedMillis());
        out.put("bestScore", s.bestScore());
        out.put("feasible", s.feasible());
        out.put("improvements", s.improvements());
        out.put("paperUrl", s.paperId() == null ? null
                : "/papers/" + s.paperId() + (s.sessionId() == null ? "" : "?sessionId=" + s.sessionId()));
        out.put("messages", s.messages());
        return out;
    }

    @GetMapping("/papers/{id}")
    String paper(Actor actor, @PathVariable long id, @RequestParam(required = false) Long sessionId, Model model) {
        PaperContent content = access.view(actor, id);
        model.addAttribute("c", content);
        model.addAttribute("paper", content.paper());
        model.addAttribute("target", sessionId == null ? null : batches.session(actor, sessionId));
        return "pages/draw/paper";
    }

    @PostMapping("/papers/{id}/issue")
    String issue(Actor actor, @PathVariable long id, @RequestParam long sessionId) {
        draws.issueDraft(actor, sessionId, id);
        return "redirect:/papers/" + id + "?issued";
    }

    @GetMapping("/papers/{id}/word")
    ResponseEntity<byte[]> word(Actor actor, @PathVariable long id) {
        byte[] docx = access.word(actor, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("试卷-" + id + ".docx", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store, private")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(docx);
    }

    private String startPage(Actor actor, Long blueprintId, Long sessionId, Model model, FieldErrors errors) {
        long institution = Workplace.institutionOf(actor);
        List<SessionView> sessions = batches.list(actor, institution).stream()
                .flatMap(b -> b.sessions().stream()).toList();
        model.addAttribute("blueprints", blueprints.list(actor, institution));
        model.addAttribute("sessions", sessions);
        model.addAttribute("blueprintId", blueprintId);
        model.addAttribute("sessionId", sessionId);
        model.addAttribute("errors", errors);
        return "pages/draw/start";
    }
}
