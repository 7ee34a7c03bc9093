package org.qbank.portal.user;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.user.CreateUser;
import org.qbank.bank.user.GrantAccess;
import org.qbank.bank.user.UserService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts. Passwords are encoded here and only the hash goes to bank-core; accounts of other institutions
 * answer 404.
 */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final UserService users;
    private final PasswordEncoder encoder;

    UserController(UserService users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @GetMapping("/me")
    @PreAuthorize("isAuthenticated()")
    UserResponse me(Actor actor) {
        return UserResponse.of(users.me(actor));
    }

    /** With {@code institutionId}: that institution's accounts; without: every account the caller administers. */
    @GetMapping
    @PreAuthorize("hasAnyRole('INSTITUTION_ADMIN', 'PLATFORM_ADMIN')")
    List<UserResponse> list(Actor actor, @RequestParam(required = false) Long institutionId) {
        return (institutionId == null ? users.listVisible(actor) : users.list(actor, institutionId))
                .stream().map(UserResponse::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    UserResponse get(Actor actor, @PathVariable long id) {
        return UserResponse.of(users.get(actor, id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('INSTITUTION_ADMIN', 'PLATFORM_ADMIN')")
    ResponseEntity<UserResponse> create(Actor actor, @Valid @RequestBody CreateUserRequest request) {
        UserResponse created = UserResponse.of(users.create(actor, new CreateUser(request.username(),
                request.displayName(), encoder.encode(request.password()), request.roles(), request.institutionIds(),
                level(request.expertLevel()), request.expertTitle())));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasAnyRole('INSTITUTION_ADMIN', 'PLATFORM_ADMIN')")
    UserResponse disable(Actor actor, @PathVariable long id) {
        return UserResponse.of(users.disable(actor, id));
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasAnyRole('INSTITUTION_ADMIN', 'PLATFORM_ADMIN')")
    UserResponse enable(Actor actor, @PathVariable long id) {
        return UserResponse.of(users.enable(actor, id));
    }

    @PostMapping("/{id}/grants")
    @PreAuthorize("hasAnyRole('INSTITUTION_ADMIN', 'PLATFORM_ADMIN')")
    UserResponse grant(Actor actor, @PathVariable long id, @Valid @RequestBody GrantRequest request) {
        return UserResponse.of(users.grant(actor, id, new GrantAccess(request.roles(), request.institutionIds())));
    }

    @PutMapping("/{id}/qualification")
    @PreAuthorize("hasAnyRole('INSTITUTION_ADMIN', 'PLATFORM_ADMIN')")
    UserResponse qualify(Actor actor, @PathVariable long id, @Valid @RequestBody QualificationRequest request) {
        return UserResponse.of(users.qualify(actor, id, level(request.expertLevel()), request.expertTitle()));
    }

    /** The account holder, or an administrator of the account's institution. */
    @PutMapping("/{id}/password")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> changePassword(Actor actor, @PathVariable long id, @Valid @RequestBody PasswordRequest request) {
        users.changePasswordHash(actor, id, encoder.encode(request.password()));
        return ResponseEntity.noContent().build();
    }

    private static Level level(Integer number) {
        return number == null ? null : Level.ofNumber(number);
    }
}
