package org.qbank.bank.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreRemove;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.common.Texts;
import org.qbank.bank.knowledge.LevelNumberConverter;

/**
 * 批次 and its 考务方案: the aggregate of an exam batch, its 场次 and staff. It guards its own changes: sessions only
 * of the batch's levels and subjects, codes unique within it, direct edits only while the plan is a draft and
 * amendments afterwards, and the state machine DRAFT → SUBMITTED → APPROVED → IN_PROGRESS → COMPLETED, with
 * CANCELLED from any open state. Nothing of a batch is ever deleted (retention).
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

    @ElementCollection
    @CollectionTable(name = "batch_staff", joinColumns = @JoinColumn(name = "batch_id"))
    @OrderColumn(name = "position")
    private List<StaffEntry> staff = new ArrayList<>();

    private String site;
    private String siteApproval;
    private String emergencyPlan;
    @Embedded
    private Filing filing = new Filing();
    private int amendmentCount;

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

    /** Adds a 场次 to a draft plan (after submission use {@link #apply} as an amendment). */
    ExamSession addSession(SessionDetails details) {
        apply(new PlanEdit.AddSession(details), false);
        return session(details.code()).orElseThrow();
    }

    /**
     * Applies an edit: directly to a draft, or as an amendment ({@code amendment} true) to a submitted, approved or
     * running plan. Closed plans (completed, cancelled) take no change.
     */
    void apply(PlanEdit edit, boolean amendment) {
        if (state == BatchState.COMPLETED || state == BatchState.CANCELLED) {
            throw new ConflictException("batch-closed", "批次 " + code + " 已" + state.displayName() + ", 不能再变更");
        }
        if (state != BatchState.DRAFT && !amendment) {
            throw new ConflictException("batch-locked", "批次 " + code + " 已" + state.displayName()
                    + ", 不能直接修改 (报送后的变更须填写变更原因, 作为变更记录保存)");
        }
        if (edit instanceof PlanEdit.AddSession a) {
            checkFits(a.session());
            if (session(a.session().code()).isPresent()) {
                throw new ConflictException("duplicate-session-code", "批次 " + code + " 已有场次 " + a.session().code());
            }
            sessions.add(new ExamSession(this, a.session()));
        } else if (edit instanceof PlanEdit.UpdateSession u) {
            ExamSession target = session(u.code()).orElseThrow(() -> RuleViolationException.of("sessionCode",
                    "批次 " + code + " 没有场次 " + u.code()));
            if (!u.session().code().equals(u.code())) {
                throw RuleViolationException.of("session.code", "场次编号不能修改: " + u.code());
            }
            checkFits(u.session());
            target.apply(u.session());
        } else if (edit instanceof PlanEdit.SetStaff st) {
            staff.clear();
            st.staff().forEach(m -> staff.add(new StaffEntry(m)));
        } else if (edit instanceof PlanEdit.SetSite ss) {
            site = Texts.optional(ss.site());
            siteApproval = Texts.optional(ss.approval());
        } else if (edit instanceof PlanEdit.SetEmergencyPlan ep) {
            emergencyPlan = Texts.optional(ep.note());
        }
        if (amendment) {
            amendmentCount++;
        }
    }

    /** Records how many sat a session; only once the batch is running or completed. */
    ExamSession recordAttendance(long sessionId, int sat) {
        if (state != BatchState.IN_PROGRESS && state != BatchState.COMPLETED) {
            throw new ConflictException("illegal-transition", "批次 " + code + " 当前为" + state.displayName()
                    + ", 不能登记实考人数");
        }
        ExamSession s = sessions.stream().filter(x -> x.getId() == sessionId).findFirst()
                .orElseThrow(() -> RuleViolationException.of("sessionId", "批次 " + code + " 没有场次 " + sessionId));
        s.recordAttendance(sat);
        return s;
    }

    /** DRAFT → SUBMITTED: the plan is filed and locked. The caller has checked the standard and the deadline. */
    void submit(LocalDate filedOn, boolean late, String lateReason, Instant at) {
        move(BatchState.SUBMITTED, "报送", BatchState.DRAFT);
        filing.submitted(filedOn, late, lateReason, at);
    }

    /** SUBMITTED → APPROVED; 逢评必督: never without a 督导员. */
    void approve(String note, Instant at) {
        if (!hasSupervisor()) {
            throw RuleViolationException.of("staff", "批次 " + code + " 没有督导员, 不能核准 (逢评必督)");
        }
        move(BatchState.APPROVED, "核准", BatchState.SUBMITTED);
        filing.approved(Texts.optional(note), at);
    }

    void start() {
        move(BatchState.IN_PROGRESS, "开始实施", BatchState.APPROVED);
    }

    void complete(Instant at) {
        move(BatchState.COMPLETED, "完成", BatchState.IN_PROGRESS);
        filing.closed(null, at);
    }

    void cancel(String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.of("reason", "取消批次须填写原因");
        }
        move(BatchState.CANCELLED, "取消", BatchState.DRAFT, BatchState.SUBMITTED, BatchState.APPROVED,
                BatchState.IN_PROGRESS);
        filing.closed(reason.strip(), at);
    }

    private void move(BatchState to, String action, BatchState... from) {
        for (BatchState f : from) {
            if (state == f) {
                state = to;
                return;
            }
        }
        throw new ConflictException("illegal-transition", "批次 " + code + " 当前为" + state.displayName()
                + ", 不能" + action);
    }

    boolean hasSupervisor() {
        return staff.stream().anyMatch(s -> s.member().role() == StaffRole.SUPERVISOR);
    }

    PlanSnapshot snapshot() {
        return new PlanSnapshot(code, levels, subjects, site, siteApproval, emergencyPlan,
                sessions.stream().map(ExamSession::details).toList(), staffMembers());
    }

    List<StaffMember> staffMembers() {
        return staff.stream().map(StaffEntry::member).toList();
    }

    /** The date of the first session in the given zone, if any session exists. */
    Optional<LocalDate> firstSessionDate(ZoneId zone) {
        return sessions.stream().map(ExamSession::getStartsAt).min(Comparator.naturalOrder())
                .map(i -> LocalDate.ofInstant(i, zone));
    }

    Optional<LocalDate> lastSessionDate(ZoneId zone) {
        return sessions.stream().map(ExamSession::getStartsAt).max(Comparator.naturalOrder())
                .map(i -> LocalDate.ofInstant(i, zone));
    }

    Optional<ExamSession> session(String sessionCode) {
        return sessions.stream().filter(s -> s.getCode().equals(sessionCode)).findFirst();
    }

    /** Records are kept for the retention period and have no delete path; a JPA removal is refused too. */
    @PreRemove
    void refuseRemoval() {
        throw new IllegalStateException("批次 " + code + " 的记录在保存期内不能删除");
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

    String getSite() {
        return site;
    }

    String getSiteApproval() {
        return siteApproval;
    }

    String getEmergencyPlan() {
        return emergencyPlan;
    }

    Filing filing() {
        return filing;
    }

    int getAmendmentCount() {
        return amendmentCount;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }
}
