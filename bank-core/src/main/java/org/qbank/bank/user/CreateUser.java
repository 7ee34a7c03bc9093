package org.qbank.bank.user;

import java.util.Set;

import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;

/**
 * Command: a new account. {@code passwordHash} is already encoded by the caller ({@code {bcrypt}…}); bank-core
 * never handles a password. {@code expertLevel}/{@code expertTitle} qualify a reviewer and may be null.
 */
public record CreateUser(String username, String displayName, String passwordHash, Set<Role> roles,
                         Set<Long> institutionIds, Level expertLevel, String expertTitle) {

    public CreateUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        institutionIds = institutionIds == null ? Set.of() : Set.copyOf(institutionIds);
    }
}
