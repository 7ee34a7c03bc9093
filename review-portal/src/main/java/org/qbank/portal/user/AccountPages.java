package org.qbank.portal.user;

import org.qbank.bank.access.Actor;
import org.qbank.bank.user.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Page: my account, and changing my own password (the current one is asked for again). */
@Controller
class AccountPages {

    static final int MIN_PASSWORD = 10;

    private final UserService users;
    private final PasswordEncoder encoder;

    AccountPages(UserService users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @GetMapping("/account")
    @PreAuthorize("isAuthenticated()")
    String account(Actor actor, Model model) {
        model.addAttribute("me", users.me(actor));
        return "account";
    }

    @PostMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String changePassword(Actor actor, @RequestParam String current, @RequestParam String password,
                          @RequestParam String confirm, Model model) {
        String error = null;
        String stored = users.findLogin(actor.username()).orElseThrow().passwordHash();
        if (!encoder.matches(current, stored)) {
            error = "当前密码不正确";
        } else if (password.length() < MIN_PASSWORD || password.length() > 128) {
            error = "新密码长度须为 10–128 位";
        } else if (!password.equals(confirm)) {
            error = "两次输入的新密码不一致";
        }
        if (error != null) {
            model.addAttribute("me", users.me(actor));
            model.addAttribute("error", error);
            return "account";
        }
        users.changePasswordHash(actor, actor.userId(), encoder.encode(password));
        return "redirect:/account?changed";
    }
}
