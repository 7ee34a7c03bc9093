package org.qbank.portal.pages.draw;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.Map;

import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.blueprint.SkillBlueprintService;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.session.BatchDraws;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.DomainException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.plan.BatchState;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.SessionView;
import org.qbank.portal.pages.FieldErrors;
import org.qbank.portal.pages.Workplace;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * Drawing papers: start an assembly job for a theory blueprint (and the session it is meant for), for a skill
 * blueprint and a 操作技能 session, or for a batch with 备用卷 (theory or skill); watch its progress (the page polls a JSON endpoint)
 * and open the papers it kept. The paper pages are {@link PaperPagesController}.
 */
@Controller
@PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
class DrawPagesController {

    private final DrawJobs jobs;
    private final BlueprintService blueprints;
    private final SkillBlueprintService skillBlueprints;
    private final BatchService batches;
    private final PaperService papers;

    DrawPagesController(DrawJobs jobs, BlueprintService blueprints, SkillBlueprintService skillBlueprints,
                        BatchService batches, PaperService papers) {
        this.jobs = jobs;
        this.blueprints = blueprints;
        this.skillBlueprints = skillBlueprints;
        this.batches = batches;
        this.papers = papers;
    }

    @GetMapping("/draw")
    String start(Actor actor, @RequestParam(required = false) Long blueprintId,
                 @RequestParam(required = false) Long sessionId,
                 @RequestParam(required = false) Long skillBlueprintId, Model model) {
        model.addAttribute("skillBlueprintId", skillBlueprintId);
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
        } catch (RuleViolationException | ConflictException e) {
            return refused(actor, model, e, "theory", blueprintId, sessionId);
        }
    }

    /** A skill paper (操作技能) from a saved skill blueprint, for a skill session (issued when assembled) or as a draft. */
    @PostMapping("/draw/skill")
    ModelAndView submitSkill(Actor actor, @RequestParam(required = false) Long skillBlueprintId,
                             @RequestParam(required = false) Long skillSessionId, Model model) {
        try {
            if (skillBlueprintId == null) {
                throw RuleViolationException.of("skillBlueprintId", "请选择操作技能组卷方案");
            }
            return new ModelAndView("redirect:/draw/jobs/" + jobs.submitSkill(actor, skillBlueprintId, skillSessionId));
        } catch (RuleViolationException | ConflictException e) {
            model.addAttribute("skillBlueprintId", skillBlueprintId);
            return refused(actor, model, e, "skill", null, skillSessionId);
        }
    }

    /** A batch form: a paper for each fitting session of the batch plus 备用卷, kept as drafts. */
    @PostMapping("/draw/batch")
    ModelAndView submitBatch(Actor actor, @RequestParam(required = false) Long batchBlueprintId,
                             @RequestParam(required = false) Long batchId,
                             @RequestParam(defaultValue = "1") int sparesPerSession, Model model) {
        try {
            if (batchBlueprintId == null || batchId == null) {
                throw RuleViolationException.of("batchId", "请选择组卷方案和批次");
            }
            return new ModelAndView("redirect:/draw/jobs/" + jobs.submitBatch(actor, batchBlueprintId, batchId,
                    sparesPerSession));
        } catch (RuleViolationException | ConflictException e) {
            return refused(actor, model, e, "batch", batchBlueprintId, null);
        }
    }

    /** A skill batch form: a skill paper for each fitting 操作技能 session of the batch plus 备用卷, kept as drafts. */
    @PostMapping("/draw/batch/skill")
    ModelAndView submitSkillBatch(Actor actor, @RequestParam(required = false) Long skillBatchBlueprintId,
                                  @RequestParam(required = false) Long skillBatchId,
                                  @RequestParam(defaultValue = "1") int skillSparesPerSession, Model model) {
        try {
            if (skillBatchBlueprintId == null || skillBatchId == null) {
                throw RuleViolationException.of("skillBatchId", "请选择操作技能组卷方案和批次");
            }
            return new ModelAndView("redirect:/draw/jobs/" + jobs.submitSkillBatch(actor, skillBatchBlueprintId,
                    skillBatchId, skillSparesPerSession));
        } catch (RuleViolationException | ConflictException e) {
            return refused(actor, model, e, "skill-batch", null, null);
        }
    }

    private ModelAndView refused(Actor actor, Model model, DomainException e, String form, Long blueprintId,
                                 Long sessionId) {
        FieldErrors errors = e instanceof RuleViolationException v ? FieldErrors.of(v)
                : FieldErrors.of(List.of(new RuleViolationException.Violation("_", e.getMessage())));
        model.addAttribute("refusedForm", form);
        ModelAndView mav = new ModelAndView(startPage(actor, blueprintId, sessionId, model, errors), model.asMap());
        mav.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY);
        return mav;
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
        out.put("paperUrl", s.papers().isEmpty() ? null : s.papers().get(0).url());
        out.put("messages", s.messages());
        out.put("papers", s.papers().stream().map(k -> Map.of("url", k.url(), "label", k.label())).toList());
        return out;
    }

    private String startPage(Actor actor, Long blueprintId, Long sessionId, Model model, FieldErrors errors) {
        long institution = Workplace.institutionOf(actor);
        List<SessionView> sessions = batches.list(actor, institution).stream()
                .flatMap(b -> b.sessions().stream()).toList();
        model.addAttribute("blueprints", blueprints.list(actor, institution));
        model.addAttribute("skillBlueprints", skillBlueprints.listSkill(actor, institution));
        model.addAttribute("sessions", sessions.stream().filter(s -> s.subject() != Subject.SKILL).toList());
        model.addAttribute("skillSessions", sessions.stream().filter(s -> s.subject() == Subject.SKILL).toList());
        model.addAttribute("batches", batches.list(actor, institution).stream()
                .filter(b -> b.state() == BatchState.APPROVED || b.state() == BatchState.IN_PROGRESS).toList());
        model.addAttribute("spares", papers.spares(actor, institution));
        model.addAttribute("maxSpares", BatchDraws.MAX_SPARES_PER_SESSION);
        model.addAttribute("sessionId", sessionId);
        model.addAttribute("skillSessionId", sessionId);
        model.addAttribute("blueprintId", blueprintId);
        model.addAttribute("errors", errors);
        return "pages/draw/start";
    }
}
