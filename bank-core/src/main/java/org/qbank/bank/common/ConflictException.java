package org.qbank.bank.common;

/** A concurrent edit or a state that forbids the change (stale version, second sign-off, reused paper). */
public class ConflictException extends DomainException {
    public ConflictException(String code, String message) {
        super(code, null, message);
    }

    public static ConflictException staleVersion(String what, Object id, long expected, long actual) {
        return new ConflictException("stale-version", what + " " + id + " 已被他人修改 (你的版本 " + expected
                + ", 当前版本 " + actual + "), 请刷新后重试");
    }
}
