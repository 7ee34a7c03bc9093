package org.qbank.portal.home;

import java.util.List;
import java.util.Set;

import org.qbank.bank.access.Role;
import org.qbank.portal.security.QbankUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user's navigation into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    @ModelAttribute("navLinks")
    List<Navigation.Link> navLinks(@AuthenticationPrincipal QbankUser user) {
        return Navigation.linksFor(user == null ? Set.<Role>of() : user.actor().roles());
    }

    @ModelAttribute("currentUser")
    QbankUser currentUser(@AuthenticationPrincipal QbankUser user) {
        return user;
    }
}
