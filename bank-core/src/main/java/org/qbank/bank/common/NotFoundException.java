package org.qbank.bank.common;

/** The thing does not exist, or lies outside the caller's institutions (we never tell which). */
public class NotFoundException extends DomainException {
    public NotFoundException(String what, Object id) {
        super("not-found", null, what + " 不存在: " + id);
    }

    public static NotFoundException of(String what, Object id) {
        return new NotFoundException(what, id);
    }
}
