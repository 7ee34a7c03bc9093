package org.qbank.bank.common;

/** The caller's role does not allow this action. */
public class AccessDeniedException extends DomainException {
    public AccessDeniedException(String message) {
        super("access-denied", null, message);
    }
}
