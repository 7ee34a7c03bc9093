package org.qbank.portal.assembly;

import java.util.List;
import java.util.UUID;

import org.qbank.assembly.draw.AssembledPaper;
import org.qbank.assembly.job.JobStatus;
import org.qbank.assembly.job.Progress;

/** An assembly job as the API shows it: state, best score over time, and the result's fingerprints — no content. */
record JobView(UUID id, String state, List<Progress> progress, String verdict, List<String> fingerprints,
               List<String> explanation, String error) {

    static JobView of(JobStatus s) {
        return new JobView(s.id(), s.state().name(), s.progress(),
                s.outcome() == null ? null : s.outcome().verdict().name(),
                s.outcome() == null ? List.of() : s.outcome().papers().stream().map(p -> p.fingerprint().hex()).toList(),
                s.outcome() == null ? List.of() : s.outcome().explanation(), s.error());
    }

    static List<AssembledPaper> papers(JobStatus s) {
        return s.outcome() == null || !s.outcome().assembled() ? List.of() : s.outcome().papers();
    }
}
