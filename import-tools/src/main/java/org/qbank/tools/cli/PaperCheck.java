package org.qbank.tools.cli;

import java.util.List;

/** A database-wide check of issued papers that {@code verify} runs (fingerprints issued twice, overlap). */
public interface PaperCheck {

    String name();

    List<Violation> violations();

    /** One finding, naming the institution by code. */
    record Violation(String institution, String message) {
    }
}
