package org.qbank.bank.user;

import java.util.Set;

import org.qbank.bank.access.Role;

/** Command: roles and institutions added to an account (an INSPECTOR may hold several institutions). */
public record GrantAccess(Set<Role> roles, Set<Long> institutionIds) {

    public GrantAccess {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        institutionIds = institutionIds == null ? Set.of() : Set.copyOf(institutionIds);
    }
}
