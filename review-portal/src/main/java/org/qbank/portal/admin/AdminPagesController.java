package org.qbank.portal.admin;

import org.qbank.bank.access.Actor;
import org.qbank.bank.institution.InstitutionService;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.user.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Read-only administration pages; changes go through the REST API until the forms exist. */
@Controller
class AdminPagesController {

    private final InstitutionService institutions;
    private final UserService users;
    private final OccupationService occupations;

    AdminPagesController(InstitutionService institutions, UserService users, OccupationService occupations) {
        this.institutions = institutions;
        this.users = users;
        this.occupations = occupations;
    }

    @GetMapping("/admin/institutions")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String institutions(Actor actor, Model model) {
        model.addAttribute("institutions", institutions.list(actor));
        return "admin/institutions";
    }

    @GetMapping("/admin/users")
    @PreAuthorize("hasAnyRole('INSTITUTION_ADMIN', 'PLATFORM_ADMIN')")
    String users(Actor actor, Model model) {
        model.addAttribute("users", users.listVisible(actor));
        return "admin/users";
    }

    @GetMapping("/occupations")
    @PreAuthorize("isAuthenticated()")
    String occupations(Model model) {
        model.addAttribute("occupations", occupations.list());
        return "occupations";
    }
}
