package org.qbank.tools.cli;

/** One qbank-tools command. Implementations are Spring beans, except those that need no database. */
public interface ToolCommand {

    String name();

    /** One usage line, e.g. {@code import <file> --institution CODE [--dry-run]}. */
    String usage();

    /** Runs the command; returns an {@link ExitCode}. Throws {@link UsageException} for a wrong command line. */
    int run(Arguments args, Console console) throws Exception;
}
