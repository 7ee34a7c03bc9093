package org.qbank.bank.plan;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/** The whole content of a 考务方案 at one moment: what validation reads and what amendments store. */
public record PlanSnapshot(String code, Set<Level> levels, Set<Subject> subjects, String site, String siteApproval,
                           String emergencyPlan, List<SessionDetails> sessions, List<StaffMember> staff) {

    public PlanSnapshot {
        // sorted, so that the stored JSON of equal plans is equal
        levels = Collections.unmodifiableSortedSet(new TreeSet<>(levels));
        subjects = Collections.unmodifiableSortedSet(new TreeSet<>(subjects));
        sessions = List.copyOf(sessions);
        staff = List.copyOf(staff);
    }
}
