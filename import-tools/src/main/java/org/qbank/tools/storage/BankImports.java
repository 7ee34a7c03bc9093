package org.qbank.tools.storage;

import java.nio.file.Path;

import org.qbank.bank.access.Actor;
import org.qbank.tools.importing.BankWorkbookReader;
import org.qbank.tools.importing.DuplicateFindings;
import org.qbank.tools.importing.ImportOptions;
import org.qbank.tools.importing.ImportOutcome;
import org.qbank.tools.importing.ImportReport;
import org.springframework.stereotype.Service;

/**
 * An upload from file to bank, for the command line and the portal alike: read and validate (streaming), then —
 * only when nothing is wrong — look for duplicates in the bank and the file ({@link DuplicateFinder}, on its own
 * clock; findings become warnings of the report), then, unless it is a dry run, store all-or-nothing
 * ({@link BankImporter}). Takes a {@link Path}; callers save uploads to a file first.
 */
@Service
public class BankImports {

    private final BankWorkbookReader reader = new BankWorkbookReader();
    private final DuplicateFinder duplicates;
    private final BankImporter importer;

    BankImports(DuplicateFinder duplicates, BankImporter importer) {
        this.duplicates = duplicates;
        this.importer = importer;
    }

    /**
     * What happened to an upload. {@code outcome.report()} includes the duplicate findings as warnings;
     * {@code summary} is null unless the upload was stored.
     */
    public record Result(ImportOutcome outcome, DuplicateFindings duplicates, ImportSummary summary) {

        public ImportReport report() {
            return outcome.report();
        }

        public boolean accepted() {
            return outcome.accepted();
        }

        public boolean stored() {
            return summary != null;
        }
    }

    /**
     * Validates; when the upload is accepted, checks for duplicates if {@code checkDuplicates} (a confirmation of an
     * upload already checked skips it) and stores if {@code store}.
     */
    public Result run(Actor actor, long institutionId, Path upload, ImportOptions options, boolean checkDuplicates,
                      boolean store, BankImporter.Progress progress) {
        ImportOutcome outcome = reader.read(upload, options);
        if (!outcome.accepted()) {
            return new Result(outcome, DuplicateFindings.none(), null);
        }
        DuplicateFindings found = checkDuplicates
                ? duplicates.find(actor, institutionId, outcome.bank(), outcome.report()) : DuplicateFindings.none();
        ImportOutcome checked = new ImportOutcome(outcome.bank(), outcome.report().withWarnings(found.warnings()));
        ImportSummary summary = store ? importer.store(actor, institutionId, outcome.bank(), progress) : null;
        return new Result(checked, found, summary);
    }

    /** The upload given back with a 错误 column on every row with an error or warning and a sheet listing them. */
    public void writeErrorCopy(Path upload, ImportReport report, ImportOptions options, java.io.OutputStream out) {
        reader.writeErrorCopy(upload, report, options, out);
    }
}
