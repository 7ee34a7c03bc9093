package org.qbank.portal.pages.draw;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.qbank.assembly.paper.Paper;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.session.SessionDrawService;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.DomainException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;
import org.qbank.bank.plan.BatchService;
import org.qbank.portal.pages.FieldErrors;
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
import org.springframework.web.servlet.ModelAndView;

/**
 * A paper's page: its content (audited), issue to a session, the Word downloads (a theory paper, or a skill
 * paper's 准备通知单 / 试题单 / 评分记录表), and voiding it with its replacement — a 备用卷 or a fresh solve — under
 * the draw rules of {@link SessionDrawService}; outside the session's draw window the page says why instead of
 * offering a replacement, and a refusal comes back beside the action. The page also lists the audit lines of the
 * session's papers: draw, issue, void and replacement.
 */
@Controller
@PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
class PaperPagesController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final PaperAccess access;
    private final PaperService papers;
    private final SessionDrawService draws;
    private final BatchService batches;

    PaperPagesController(PaperAccess access, PaperService papers, SessionDrawService draws, BatchService batches) {
        this.access = access;
        this.papers = papers;
        this.draws = draws;
        this.batches = batches;
    }

    @GetMapping("/papers/{id}")
    String paper(Actor actor, @PathVariable long id, @RequestParam(required = false) Long sessionId, Model model) {
        return page(actor, id, sessionId, model, FieldErrors.none(), "", null);
    }

    @PostMapping("/papers/{id}/issue")
    String issue(Actor actor, @PathVariable long id, @RequestParam long sessionId) {
        draws.issueDraft(actor, sessionId, id);
        return "redirect:/papers/" + id + "?issued";
    }

    /** Voids the paper with a reason; its item set stays refused for ever. */
    @PostMapping("/papers/{id}/void")
    ModelAndView voidPaper(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                           Model model) {
        try {
            papers.voidPaper(actor, id, reason);
            return new ModelAndView("redirect:/papers/" + id + "?voided");
        } catch (RuleViolationException | ConflictException e) {
            return refused(actor, id, model, e, reason, null);
        }
    }

    /**
     * Voids the paper (unless voided already) and issues its replacement to the same session in one step.
     * {@code source}: {@code spare:<paperId>}, {@code blueprint:<id>} or {@code skill:<id>}.
     */
    @PostMapping("/papers/{id}/replace")
    ModelAndView replace(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                         @RequestParam(required = false) String source, Model model) {
        try {
            Paper replacement = draws.replace(actor, id, reason, ReplacementChoice.parse(source));
            return new ModelAndView("redirect:/papers/" + replacement.id() + "?replaced=" + id);
        } catch (RuleViolationException | ConflictException e) {
            return refused(actor, id, model, e, reason, source);
        }
    }

    @GetMapping("/papers/{id}/word")
    ResponseEntity<byte[]> word(Actor actor, @PathVariable long id) {
        return docx("试卷-" + id + ".docx", access.word(actor, id));
    }

    /** A skill paper's 准备通知单, 试题单 or 评分记录表 ({@code preparation}, {@code tasks}, {@code scores}). */
    @GetMapping("/papers/{id}/skill/{document}.docx")
    ResponseEntity<byte[]> skillDocument(Actor actor, @PathVariable long id, @PathVariable String document) {
        SkillDocument d = SkillDocument.of(document);
        return docx("试卷-" + id + "-" + d.title() + ".docx", access.skillDocument(actor, id, d));
    }

    private static ResponseEntity<byte[]> docx(String filename, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store, private")
                .contentType(DOCX)
                .body(body);
    }

    private ModelAndView refused(Actor actor, long id, Model model, DomainException e, String reason, String source) {
        FieldErrors errors = e instanceof RuleViolationException v ? FieldErrors.of(v)
                : FieldErrors.of(List.of(new Violation("_", e.getMessage())));
        ModelAndView mav = new ModelAndView(page(actor, id, null, model, errors, reason, source), model.asMap());
        mav.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY);
        return mav;
    }

    private String page(Actor actor, long id, Long sessionId, Model model, FieldErrors errors, String reason,
                        String source) {
        PaperContent content = access.view(actor, id);
        Paper paper = content.paper();
        model.addAttribute("c", content);
        model.addAttribute("paper", paper);
        model.addAttribute("target", sessionId == null ? null : batches.session(actor, sessionId));
        model.addAttribute("trail", PaperTrail.of(papers.trail(actor, id)));
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason);
        Long session = paper.sessionId();
        List<Paper> history = session == null ? List.of() : papers.issuedToEver(actor, session);
        model.addAttribute("replacedBy", history.stream().filter(p -> Long.valueOf(id).equals(p.replacesPaperId()))
                .findFirst().orElse(null));
        // a replacement is a draw: outside the session's draw window the page says why instead of offering it
        boolean byState = paper.replaceable(session != null && papers.issuedTo(actor, session).isPresent());
        String windowShut = byState ? draws.windowRefusal(actor, session).orElse(null) : null;
        boolean replaceable = byState && windowShut == null;
        model.addAttribute("voidable", paper.voidable());
        model.addAttribute("replaceable", replaceable);
        model.addAttribute("windowShut", windowShut);
        List<ReplacementChoice> choices = !replaceable ? List.of() : ReplacementChoice.all(
                papers.sparesFor(actor, session),
                paper.scope().subject() == Subject.SKILL ? List.of() : draws.blueprintsFor(actor, session),
                paper.scope().subject() == Subject.SKILL ? draws.skillBlueprintsFor(actor, session) : List.of());
        model.addAttribute("choices", choices);
        model.addAttribute("source", source != null ? source : choices.isEmpty() ? "" : choices.get(0).value());
        return "pages/draw/paper";
    }
}
