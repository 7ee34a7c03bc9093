package org.qbank.portal.pages.batch;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.DomainException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.plan.DeadlineCheck;
import org.qbank.bank.plan.ExamPlanService;
import org.qbank.bank.plan.ExamPlanView;
import org.qbank.bank.plan.PlanFilingService;
import org.qbank.bank.plan.PlanRule;
import org.qbank.bank.plan.PlanViolation;
import org.qbank.bank.plan.StaffRole;
import org.qbank.portal.pages.FieldErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Everything the plan editor shows: the plan, its findings grouped by where they belong, and the deadline. */
@Component
class PlanPage {

    private final ExamPlanService plans;
    private final PlanFilingService filing;

    PlanPage(ExamPlanService plans, PlanFilingService filing) {
        this.plans = plans;
        this.filing = filing;
    }

    void fill(Actor actor, long batchId, Model model, FieldErrors errors, String section) {
        ExamPlanView plan = plans.plan(actor, batchId);
        List<PlanViolation> findings = plans.check(actor, batchId);
        Map<String, List<String>> bySession = findings.stream().filter(v -> v.sessionCode() != null)
                .collect(Collectors.groupingBy(PlanViolation::sessionCode,
                        Collectors.mapping(v -> "[" + v.rule().displayName() + "] " + v.message(), Collectors.toList())));
        List<PlanViolation> batchWide = findings.stream().filter(v -> v.sessionCode() == null).toList();
        model.addAttribute("plan", plan);
        model.addAttribute("batch", plan.batch());
        model.addAttribute("findings", findings);
        model.addAttribute("bySession", bySession);
        model.addAttribute("staffFindings", batchWide.stream().filter(v -> v.rule() != PlanRule.SITE && v.rule() != PlanRule.SESSIONS).toList());
        model.addAttribute("siteFindings", batchWide.stream().filter(v -> v.rule() == PlanRule.SITE).toList());
        model.addAttribute("sessionFindings", batchWide.stream().filter(v -> v.rule() == PlanRule.SESSIONS).toList());
        model.addAttribute("deadline", deadline(actor, batchId));
        model.addAttribute("errors", errors);
        model.addAttribute("section", section);
        model.addAttribute("levels", plan.batch().levels().stream().sorted().toList());
        model.addAttribute("subjects", plan.batch().subjects().stream().sorted().toList());
        model.addAttribute("staffRoles", StaffRole.values());
        model.addAttribute("allLevels", Level.values());
        model.addAttribute("allSubjects", Subject.values());
    }

    private DeadlineCheck deadline(Actor actor, long batchId) {
        try {
            return filing.deadline(actor, batchId);
        } catch (DomainException noSessionsYet) {
            return null;
        }
    }
}
