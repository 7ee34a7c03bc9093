package org.qbank.portal.user;

import java.util.Set;

import org.qbank.bank.access.Role;

/** Roles and institutions to add to an account. */
record GrantRequest(Set<Role> roles, Set<Long> institutionIds) {
}
