package org.qbank.portal.home;

import org.qbank.bank.access.Actor;
import org.qbank.bank.institution.InstitutionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the home page that tells a user what their roles let them do. */
@Controller
class HomeController {

    private final InstitutionService institutions;

    HomeController(InstitutionService institutions) {
        this.institutions = institutions;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        model.addAttribute("capabilities", Navigation.capabilitiesOf(actor.roles()));
        model.addAttribute("institutions", institutions.list(actor));
        return "home";
    }
}
