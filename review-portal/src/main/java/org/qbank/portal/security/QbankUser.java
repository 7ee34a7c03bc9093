package org.qbank.portal.security;

import java.util.Collection;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: Spring Security's view of a qbank account, carrying the bank-core {@link Actor}. */
public class QbankUser implements UserDetails {

    private final Actor actor;
    private final String displayName;
    private final String passwordHash;
    private final boolean enabled;

    public QbankUser(Actor actor, String displayName, String passwordHash, boolean enabled) {
        this.actor = actor;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public Actor actor() {
        return actor;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public List<String> roleNames() {
        return actor.roles().stream().map(Enum::name).sorted().toList();
    }
}
