package org.qbank.assembly.session;

import org.qbank.bank.common.ConflictException;

/** A draw refused by the session's rules: its window is not open, or its batch may not draw. */
public class DrawRefusedException extends ConflictException {

    public DrawRefusedException(String code, String message) {
        super(code, message);
    }
}
