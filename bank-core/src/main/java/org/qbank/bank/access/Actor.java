package org.qbank.bank.access;

import java.util.Set;

import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.common.NotFoundException;

/**
 * Who is acting: every bank-core service takes one and scopes its queries to {@link #institutionIds()}.
 * The portal builds it from the authenticated user; the CLI from its configured operator.
 */
public record Actor(long userId, String username, Set<Role> roles, Set<Long> institutionIds) {

    public Actor {
        roles = Set.copyOf(roles);
        institutionIds = Set.copyOf(institutionIds);
    }

    /** A system actor for start-up jobs and the CLI (user id 0 is never a real account). */
    public static Actor system(String name, Set<Long> institutionIds) {
        return new Actor(0L, name, Set.of(Role.PLATFORM_ADMIN, Role.INSTITUTION_ADMIN, Role.EXAM_ADMIN), institutionIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public boolean canSee(long institutionId) {
        return institutionIds.contains(institutionId) || has(Role.PLATFORM_ADMIN);
    }

    /** Throws not-found (not forbidden) so another institution's ids leak nothing. */
    public void requireInstitution(long institutionId, String what, Object id) {
        if (!canSee(institutionId)) {
            throw NotFoundException.of(what, id);
        }
    }

    public void requireRole(String action, Role... any) {
        if (!hasAny(any)) {
            throw new AccessDeniedException("当前角色无权" + action);
        }
    }

    /** INSPECTOR reads only. */
    public boolean readOnly() {
        return roles.stream().allMatch(r -> r == Role.INSPECTOR);
    }
}
