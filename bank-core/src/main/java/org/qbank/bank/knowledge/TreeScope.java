package org.qbank.bank.knowledge;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.occupation.OccupationCode;

/** Which tree a group of rows describes. {@code workType} is null for the whole occupation. */
record TreeScope(OccupationCode occupationCode, String workType, Level level, Subject subject) {

    String label() {
        return occupationCode + (workType == null ? "" : " " + workType) + " " + level.grade() + " "
                + subject.displayName();
    }
}
