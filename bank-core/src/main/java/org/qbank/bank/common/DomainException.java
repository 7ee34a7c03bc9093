package org.qbank.bank.common;

/**
 * Base of qbank's typed errors. {@code code} is a stable machine name, {@code field} the input that was wrong
 * (or null); the message is for people and may be Chinese.
 */
public abstract class DomainException extends RuntimeException {
    private final String code;
    private final String field;

    protected DomainException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
