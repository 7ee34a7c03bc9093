package org.qbank.bank.user;

import org.qbank.bank.access.Actor;

/** What authentication needs: the stored hash, whether the account may sign in, and the resulting actor. */
public record LoginAccount(Actor actor, String displayName, String passwordHash, boolean enabled) {

    static LoginAccount of(UserAccount u) {
        return new LoginAccount(u.toActor(), u.getDisplayName(), u.getPasswordHash(), u.isEnabled());
    }
}
