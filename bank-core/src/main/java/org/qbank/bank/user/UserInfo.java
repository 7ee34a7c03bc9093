package org.qbank.bank.user;

import java.time.Instant;
import java.util.Set;

import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;

/** Read model of an account; never carries the password hash. */
public record UserInfo(long id, String username, String displayName, boolean enabled, Set<Role> roles,
                       Set<Long> institutionIds, Level expertLevel, String expertTitle, Instant createdAt,
                       long version) {

    static UserInfo of(UserAccount u) {
        return new UserInfo(u.getId(), u.getUsername(), u.getDisplayName(), u.isEnabled(), u.getRoles(),
                u.getInstitutionIds(), u.getExpertLevel(), u.getExpertTitle(), u.getCreatedAt(), u.getVersion());
    }
}
