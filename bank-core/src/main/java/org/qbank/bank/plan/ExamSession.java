package org.qbank.bank.plan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.knowledge.LevelNumberConverter;

/** 场次: one sitting in one room, of one level and one subject; part of its {@link Batch}, changed only through it. */
@Entity
@Table(name = "exam_session")
class ExamSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "batch_id")
    private Batch batch;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private Instant startsAt;

    private int durationMinutes;

    @Column(nullable = false)
    private String room;

    private int candidates;

    @Convert(converter = LevelNumberConverter.class)
    @Column(nullable = false)
    private Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Subject subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExamMode mode;

    private Integer workstations;

    /** Candidates who sat; null until recorded. */
    private Integer attended;

    protected ExamSession() {
    }

    ExamSession(Batch batch, SessionDetails details) {
        this.batch = batch;
        this.code = details.code();
        apply(details);
    }

    void apply(SessionDetails d) {
        this.startsAt = d.startsAt();
        this.durationMinutes = d.durationMinutes();
        this.room = d.room();
        this.candidates = d.candidates();
        this.level = d.level();
        this.subject = d.subject();
        this.mode = d.mode();
        this.workstations = d.workstations();
    }

    SessionDetails details() {
        return new SessionDetails(code, startsAt, durationMinutes, room, candidates, level, subject, mode, workstations);
    }

    void recordAttendance(int sat) {
        if (attended != null) {
            throw new org.qbank.bank.common.ConflictException("attendance-recorded", "场次 " + code + " 已登记实考人数 "
                    + attended);
        }
        if (sat < 0 || sat > candidates) {
            throw org.qbank.bank.common.RuleViolationException.of("attended", "场次 " + code + " 实考人数 " + sat
                    + " 应在 0 到报考人数 " + candidates + " 之间");
        }
        attended = sat;
    }

    /** Sessions are kept with their batch for the retention period. */
    @jakarta.persistence.PreRemove
    void refuseRemoval() {
        throw new IllegalStateException("场次 " + code + " 的记录在保存期内不能删除");
    }

    Integer getAttended() {
        return attended;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    Instant getStartsAt() {
        return startsAt;
    }
}
