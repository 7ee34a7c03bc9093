package org.qbank.bank.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.knowledge.LevelNumberConverter;

/**
 * 批次: the aggregate of an exam batch and its 场次. It guards its own changes: sessions only of the batch's levels
 * and subjects, codes unique within it, and edits only while the plan is a draft.
 */
@Entity
@Table(name = "batch")
class Batch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long institutionId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private long occupationId;

    private Long workTypeId;

    @ElementCollection
    @CollectionTable(name = "batch_level", joinColumns = @JoinColumn(name = "batch_id"))
    @Column(name = "level")
    @Convert(converter = LevelNumberConverter.class)
    private Set<Level> levels = EnumSet.noneOf(Level.class);

    @ElementCollection
    @CollectionTable(name = "batch_subject", joinColumns = @JoinColumn(name = "batch_id"))
    @Column(name = "subject")
    @Enumerated(EnumType.STRING)
    private Set<Subject> subjects = EnumSet.noneOf(Subject.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BatchState state;

    @OneToMany(mappedBy = "batch", cascade = CascadeType.ALL)
    @OrderBy("startsAt, code")
    private List<ExamSession> sessions = new ArrayList<>();

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String createdBy;

    @Version
    private long version;

    protected Batch() {
    }

    Batch(long institutionId, String code, long occupationId, Long workTypeId, Set<Level> levels,
          Set<Subject> subjects, Instant createdAt, String createdBy) {
        if (code == null || code.isBlank()) {
            throw RuleViolationException.of("code", "批次编号不能为空");
        }
        if (levels.isEmpty()) {
            throw RuleViolationException.of("levels", "批次至少包含一个等级");
        }
        if (subjects.isEmpty()) {
            throw RuleViolationException.of("subjects", "批次至少包含一个科目");
        }
        if (subjects.contains(Subject.REVIEW) && levels.stream().noneMatch(Subject.REVIEW::allowedFor)) {
            throw RuleViolationException.of("subjects", "综合评审只用于二级和一级");
        }
        this.institutionId = institutionId;
        this.code = code.strip();
        this.occupationId = occupationId;
        this.workTypeId = workTypeId;
        this.levels = EnumSet.copyOf(levels);
        this.subjects = EnumSet.copyOf(subjects);
        this.state = BatchState.DRAFT;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Adds a 场次 to a draft plan. */
    ExamSession addSession(SessionDetails details) {
        requireDraft("新增场次");
        checkFits(details);
        if (sessions.stream().anyMatch(s -> s.getCode().equals(details.code()))) {
            throw new ConflictException("duplicate-session-code", "批次 " + code + " 已有场次 " + details.code());
        }
        ExamSession session = new ExamSession(this, details);
        sessions.add(session);
        return session;
    }

    private void checkFits(SessionDetails d) {
        if (!levels.contains(d.level())) {
            throw RuleViolationException.of("level", "场次 " + d.code() + " 的等级 " + d.level().grade()
                    + " 不在批次 " + code + " 的等级之内");
        }
        if (!subjects.contains(d.subject())) {
            throw RuleViolationException.of("subject", "场次 " + d.code() + " 的科目 " + d.subject().displayName()
                    + " 不在批次 " + code + " 的科目之内");
        }
        if (!d.subject().allowedFor(d.level())) {
            throw RuleViolationException.of("subject", "场次 " + d.code() + ": 综合评审只用于二级和一级");
        }
    }

    private void requireDraft(String action) {
        if (state != BatchState.DRAFT) {
            throw new ConflictException("batch-locked", "批次 " + code + " 已" + state.displayName() + ", 不能直接"
                    + action + " (报送后的变更须走变更申请)");
        }
    }

    Long getId() {
        return id;
    }

    long getInstitutionId() {
        return institutionId;
    }

    String getCode() {
        return code;
    }

    long getOccupationId() {
        return occupationId;
    }

    Long getWorkTypeId() {
        return workTypeId;
    }

    Set<Level> getLevels() {
        return Collections.unmodifiableSet(levels);
    }

    Set<Subject> getSubjects() {
        return Collections.unmodifiableSet(subjects);
    }

    BatchState getState() {
        return state;
    }

    List<ExamSession> getSessions() {
        return Collections.unmodifiableList(sessions);
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }
}
