package org.qbank.portal.security;

import org.qbank.bank.user.UserService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for both filter chains; a disabled account is found but cannot sign in. */
@Service
class QbankUserDetailsService implements UserDetailsService {

    private final UserService users;

    QbankUserDetailsService(UserService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findLogin(username)
                .map(a -> new QbankUser(a.actor(), a.displayName(), a.passwordHash(), a.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
