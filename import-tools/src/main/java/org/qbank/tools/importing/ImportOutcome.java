package org.qbank.tools.importing;

/** The parsed bank (empty when rejected) and the report. */
public record ImportOutcome(ParsedBank bank, ImportReport report) {

    public boolean accepted() {
        return report.accepted();
    }
}
