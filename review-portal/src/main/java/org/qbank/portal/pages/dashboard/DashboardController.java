package org.qbank.portal.pages.dashboard;

import java.util.List;

import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.blueprint.SavedBlueprint;
import org.qbank.bank.access.Actor;
import org.qbank.portal.pages.Workplace;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 题库健康: charts for one chosen blueprint (the most recent by default). */
@Controller
class DashboardController {

    private final BlueprintService blueprints;
    private final BankHealth health;

    DashboardController(BlueprintService blueprints, BankHealth health) {
        this.blueprints = blueprints;
        this.health = health;
    }

    @GetMapping("/dashboard")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'INSTITUTION_ADMIN')")
    String dashboard(Actor actor, @RequestParam(required = false) Long blueprintId, Model model) {
        List<SavedBlueprint> all = blueprints.list(actor, Workplace.institutionOf(actor));
        SavedBlueprint chosen = blueprintId != null ? blueprints.get(actor, blueprintId)
                : all.isEmpty() ? null : all.get(0);
        model.addAttribute("blueprints", all);
        model.addAttribute("chosen", chosen);
        model.addAttribute("report", chosen == null ? null : health.of(actor, chosen));
        return "pages/dashboard/dashboard";
    }
}
