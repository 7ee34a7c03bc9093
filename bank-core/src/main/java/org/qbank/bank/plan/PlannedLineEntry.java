package org.qbank.bank.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.knowledge.LevelNumberConverter;

/** Storage form of a {@link PlannedLine}. */
@Embeddable
class PlannedLineEntry {

    @Column(nullable = false)
    private String occupationCode;

    private String workType;

    @Convert(converter = LevelNumberConverter.class)
    @Column(nullable = false)
    private Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Subject subject;

    private int batches;
    private int sessions;
    private int candidates;
    private String note;

    protected PlannedLineEntry() {
    }

    PlannedLineEntry(PlannedLine l) {
        this.occupationCode = l.occupationCode();
        this.workType = l.workType();
        this.level = l.level();
        this.subject = l.subject();
        this.batches = l.batches();
        this.sessions = l.sessions();
        this.candidates = l.candidates();
        this.note = l.note();
    }

    PlannedLine line() {
        return new PlannedLine(occupationCode, workType, level, subject, batches, sessions, candidates, note);
    }
}
