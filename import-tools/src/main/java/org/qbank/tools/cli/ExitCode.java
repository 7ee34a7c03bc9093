package org.qbank.tools.cli;

/** qbank-tools exit codes (DOMAIN §8). */
public final class ExitCode {

    public static final int OK = 0;
    /** Validation error or rule violation. */
    public static final int VIOLATION = 1;
    public static final int USAGE = 2;
    /** Database unreachable, file unreadable. */
    public static final int ENVIRONMENT = 3;

    private ExitCode() {
    }
}
