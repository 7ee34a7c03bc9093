package org.qbank.bank.plan;

import java.util.Set;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/** Open a batch: code unique within the institution; the occupation must be in the catalogue. */
public record CreateBatch(long institutionId, String code, String occupationCode, String workType, Set<Level> levels,
                          Set<Subject> subjects) {

    public CreateBatch {
        levels = Set.copyOf(levels);
        subjects = Set.copyOf(subjects);
    }
}
