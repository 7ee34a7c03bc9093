package org.qbank.tools.cli;

/** The command line is wrong: exit code 2 with the message and the command's usage. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
