package org.qbank.portal.pages.batch;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.DomainException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.config.BankCoreConfiguration;
import org.qbank.bank.knowledge.KnowledgeTreeService;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.BatchView;
import org.qbank.bank.plan.ChangePlan;
import org.qbank.bank.plan.CreateBatch;
import org.qbank.bank.plan.ExamPlanService;
import org.qbank.bank.plan.PlanEdit;
import org.qbank.bank.plan.PlanFilingService;
import org.qbank.bank.plan.SessionDetails;
import org.qbank.bank.plan.StaffMember;
import org.qbank.bank.plan.StaffRole;
import org.qbank.bank.plan.SubmitPlan;
import org.qbank.portal.pages.FieldErrors;
import org.qbank.portal.pages.Workplace;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 批次与考务方案: list and open batches, then the plan editor — sessions, staff, site — with the standard's
 * findings shown beside the session or section they concern, and submission against the working-day deadline.
 */
@Controller
@PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
class BatchPagesController {

    private final BatchService batches;
    private final ExamPlanService plans;
    private final PlanFilingService filing;
    private final KnowledgeTreeService trees;
    private final PlanPage page;

    BatchPagesController(BatchService batches, ExamPlanService plans, PlanFilingService filing,
                         KnowledgeTreeService trees, PlanPage page) {
        this.batches = batches;
        this.plans = plans;
        this.filing = filing;
        this.trees = trees;
        this.page = page;
    }

    @GetMapping("/batches")
    String list(Actor actor, Model model) {
        return listPage(actor, model, FieldErrors.none());
    }

    @PostMapping("/batches")
    ModelAndView create(Actor actor, @RequestParam(required = false) String code, @RequestParam String occupation,
                        @RequestParam(required = false) List<Level> levels,
                        @RequestParam(required = false) List<Subject> subjects, Model model) {
        try {
            String[] parts = occupation.split("\\|", -1);
            BatchView b = batches.create(actor, new CreateBatch(Workplace.institutionOf(actor), code, parts[0],
                    parts.length > 1 && !parts[1].isBlank() ? parts[1] : null,
                    levels == null ? Set.of() : EnumSet.copyOf(levels),
                    subjects == null ? Set.of() : EnumSet.copyOf(subjects)));
            return new ModelAndView("redirect:/batches/" + b.id());
        } catch (RuleViolationException e) {
            ModelAndView mav = new ModelAndView(listPage(actor, model, FieldErrors.of(e)), model.asMap());
            mav.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return mav;
        }
    }

    @GetMapping("/batches/{id}")
    String plan(Actor actor, @PathVariable long id, Model model) {
        page.fill(actor, id, model, FieldErrors.none(), null);
        return "pages/batch/plan";
    }

    @PostMapping("/batches/{id}/sessions")
    ModelAndView addSession(Actor actor, @PathVariable long id, @RequestParam String code,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
                            @RequestParam(defaultValue = "0") int durationMinutes, @RequestParam String room,
                            @RequestParam(defaultValue = "0") int candidates, @RequestParam Level level,
                            @RequestParam Subject subject, @RequestParam(required = false) Integer workstations,
                            @RequestParam(required = false) String reason, Model model) {
        return change(actor, id, model, "session", () -> new PlanEdit.AddSession(new SessionDetails(code,
                startsAt == null ? null : startsAt.atZone(BankCoreConfiguration.ZONE).toInstant(), durationMinutes,
                room, candidates, level, subject, null, workstations)), reason);
    }

    @PostMapping("/batches/{id}/staff")
    ModelAndView addStaff(Actor actor, @PathVariable long id, @RequestParam StaffRole role, @RequestParam String name,
                          @RequestParam(required = false) String sessionCode, @RequestParam(required = false) String certificateNo,
                          @RequestParam(required = false) String group, @RequestParam(defaultValue = "false") boolean groupLeader,
                          @RequestParam(required = false) String reason, Model model) {
        return change(actor, id, model, "staff", () -> {
            List<StaffMember> staff = new ArrayList<>(plans.plan(actor, id).staff());
            staff.add(new StaffMember(role, name, certificateNo, null, sessionCode, group, groupLeader));
            return new PlanEdit.SetStaff(staff);
        }, reason);
    }

    @PostMapping("/batches/{id}/site")
    ModelAndView setSite(Actor actor, @PathVariable long id, @RequestParam String site,
                         @RequestParam(required = false) String approval, @RequestParam(required = false) String reason,
                         Model model) {
        return change(actor, id, model, "site", () -> new PlanEdit.SetSite(site, approval), reason);
    }

    @PostMapping("/batches/{id}/submit")
    ModelAndView submit(Actor actor, @PathVariable long id, @RequestParam(required = false) String lateReason, Model model) {
        try {
            filing.submit(actor, new SubmitPlan(id, lateReason));
            return new ModelAndView("redirect:/batches/" + id + "?submitted");
        } catch (RuleViolationException e) {
            return failed(actor, id, model, FieldErrors.of(e), "submit");
        }
    }

    private ModelAndView change(Actor actor, long id, Model model, String section, EditSupplier edit, String reason) {
        try {
            plans.change(actor, new ChangePlan(id, edit.get(), reason));
            return new ModelAndView("redirect:/batches/" + id + "#" + section);
        } catch (RuleViolationException e) {
            return failed(actor, id, model, FieldErrors.of(e), section);
        } catch (DomainException e) {
            return failed(actor, id, model, FieldErrors.of(List.of(new RuleViolationException.Violation(section, e.getMessage()))), section);
        }
    }

    private ModelAndView failed(Actor actor, long id, Model model, FieldErrors errors, String section) {
        page.fill(actor, id, model, errors, section);
        ModelAndView mav = new ModelAndView("pages/batch/plan", model.asMap());
        mav.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return mav;
    }

    private String listPage(Actor actor, Model model, FieldErrors errors) {
        long institution = Workplace.institutionOf(actor);
        model.addAttribute("batches", batches.list(actor, institution));
        model.addAttribute("occupations", trees.list(actor, institution).stream()
                .map(t -> new Choice(t.occupationCode() + "|" + (t.workType() == null ? "" : t.workType()),
                        t.occupationName() + " " + t.occupationCode() + (t.workType() == null ? "" : " " + t.workType())))
                .distinct().toList());
        model.addAttribute("levels", Level.values());
        model.addAttribute("subjects", Subject.values());
        model.addAttribute("errors", errors);
        return "pages/batch/list";
    }

    /** An option of a select. */
    record Choice(String value, String label) {
    }

    @FunctionalInterface
    private interface EditSupplier {
        PlanEdit get();
    }
}
