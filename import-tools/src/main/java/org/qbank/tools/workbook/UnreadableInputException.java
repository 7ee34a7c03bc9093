package org.qbank.tools.workbook;

/** The upload cannot be read at all (too big, zip bomb, not a workbook, unknown encoding); nothing was imported. */
public class UnreadableInputException extends RuntimeException {

    public UnreadableInputException(String message) {
        super(message);
    }

    public UnreadableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
