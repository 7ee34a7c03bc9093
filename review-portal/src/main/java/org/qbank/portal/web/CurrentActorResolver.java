package org.qbank.portal.web;

import org.qbank.bank.access.Actor;
import org.qbank.portal.security.QbankUser;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method declare an {@link Actor} parameter: the bank-core actor of the signed-in
 * {@link QbankUser}. Every call into bank-core passes it, so scoping to the caller's institutions is never
 * forgotten in a controller.
 */
class CurrentActorResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                 WebDataBinderFactory binderFactory) {
        return current();
    }

    /** The signed-in actor; fails when the request is not authenticated as a qbank account. */
    static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof QbankUser user) {
            return user.actor();
        }
        throw new AuthenticationCredentialsNotFoundException("no qbank account signed in");
    }
}
