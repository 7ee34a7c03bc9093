package org.qbank.portal.user;

import java.time.Instant;
import java.util.List;

import org.qbank.bank.access.Role;
import org.qbank.bank.user.UserInfo;

/** An account on the wire (never its password hash). {@code expertLevel} is 5..1 as on certificates. */
record UserResponse(long id, String username, String displayName, boolean enabled, List<Role> roles,
                    List<Long> institutionIds, Integer expertLevel, String expertLevelName, String expertTitle,
                    Instant createdAt) {

    static UserResponse of(UserInfo u) {
        return new UserResponse(u.id(), u.username(), u.displayName(), u.enabled(),
                u.roles().stream().sorted().toList(), u.institutionIds().stream().sorted().toList(),
                u.expertLevel() == null ? null : u.expertLevel().number(),
                u.expertLevel() == null ? null : u.expertLevel().displayName(), u.expertTitle(), u.createdAt());
    }
}
