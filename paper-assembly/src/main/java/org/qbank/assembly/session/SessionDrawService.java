package org.qbank.assembly.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.blueprint.SkillBlueprintService;
import org.qbank.assembly.blueprint.SavedBlueprint;
import org.qbank.assembly.blueprint.SavedSkillBlueprint;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.draw.PaperAssembler;
import org.qbank.assembly.paper.NewPaper;
import org.qbank.assembly.paper.Paper;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.skill.SkillAssembler;
import org.qbank.assembly.skill.SkillRequest;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.BatchState;
import org.qbank.bank.plan.SessionView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drawing a fresh paper for a 场次 (issue 5): only for an approved or running batch, only inside the draw window
 * before the start ({@code qbank.draw.window}, default 24 h; time from the injected clock), one paper per session
 * level and subject, assembled from a saved blueprint of the session's occupation, level and subject and issued
 * under the never-reuse guarantees of {@link PaperService}. Every draw, view and download of paper content is
 * audited with the user, the time and the session; after the session the paper becomes USED.
 */
@Service
public class SessionDrawService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BatchService batches;
    private final BlueprintService blueprints;
    private final SkillBlueprintService skillBlueprints;
    private final BankInputs inputs;
    private final PaperService papers;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration window;
    private final AssemblyOptions options;

    SessionDrawService(BatchService batches, BlueprintService blueprints, SkillBlueprintService skillBlueprints,
                       BankInputs inputs, PaperService papers,
                       AuditLog audit, TransactionTemplate tx, Clock clock,
                       @Value("${qbank.draw.window:PT24H}") Duration window,
                       @Value("${qbank.assembly.job.time-limit:PT30S}") Duration timeLimit) {
        this.batches = batches;
        this.blueprints = blueprints;
        this.skillBlueprints = skillBlueprints;
        this.inputs = inputs;
        this.papers = papers;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.window = window;
        this.options = AssemblyOptions.firstFeasible(timeLimit);
    }

    /** The session's draw window. */
    public DrawWindow window(SessionView session) {
        return DrawWindow.before(session.startsAt(), window);
    }

    /**
     * The session, when a paper may be drawn for it now: role EXAM_ADMIN or INSTITUTION_ADMIN, batch APPROVED or
     * IN_PROGRESS, window open, no paper yet for its level and subject. Otherwise a {@link DrawRefusedException}
     * (or Conflict {@code session-has-paper}) saying why.
     */
    public SessionView requireDrawable(Actor actor, long sessionId) {
        return requireDrawable(actor, sessionId, null);
    }

    /** As {@link #requireDrawable(Actor, long)}, tolerating the session's live paper {@code replacing}. */
    private SessionView requireDrawable(Actor actor, long sessionId, Long replacing) {
        actor.requireRole("抽取试卷", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        SessionView s = batches.session(actor, sessionId);
        if (s.batchState() != BatchState.APPROVED && s.batchState() != BatchState.IN_PROGRESS) {
            throw new DrawRefusedException("batch-not-approved", "批次 " + s.batchCode() + " 当前为"
                    + s.batchState().displayName() + ", 只有已核准或实施中的批次可以抽卷");
        }
        outsideWindow(s).ifPresent(refusal -> {
            throw refusal;
        });
        if (papers.issuedTo(actor, sessionId).filter(p -> !p.id().equals(replacing)).isPresent()) {
            throw new DrawRefusedException("session-has-paper", "场次 " + s.code() + " 已有" + s.level().grade()
                    + s.subject().displayName() + "试卷");
        }
        return s;
    }

    /**
     * Why no paper may be drawn for the session now because of its draw window — not open yet, or the session has
     * started; empty while the window is open. Pages ask this to say so before a draw or replacement is tried.
     */
    @Transactional(readOnly = true)
    public Optional<String> windowRefusal(Actor actor, long sessionId) {
        return outsideWindow(batches.session(actor, sessionId)).map(DrawRefusedException::getMessage);
    }

    /** The window rule in one place, on the injected clock. */
    private Optional<DrawRefusedException> outsideWindow(SessionView s) {
        Instant now = clock.instant();
        DrawWindow w = window(s);
        if (now.isBefore(w.opensAt())) {
            return Optional.of(new DrawRefusedException("draw-window-not-open", "场次 " + s.code() + " 于 "
                    + local(s.startsAt()) + " 开考, 抽卷窗口 " + local(w.opensAt()) + " 起开放, 现在不能抽卷"));
        }
        if (!now.isBefore(w.closesAt())) {
            return Optional.of(new DrawRefusedException("draw-window-closed", "场次 " + s.code() + " 已于 "
                    + local(s.startsAt()) + " 开考, 不能再抽卷"));
        }
        return Optional.empty();
    }

    /** The institution's saved theory blueprints a session may draw from (its occupation, work type, level, subject). */
    @Transactional(readOnly = true)
    public List<SavedBlueprint> blueprintsFor(Actor actor, long sessionId) {
        SessionView s = batches.session(actor, sessionId);
        return blueprints.list(actor, s.institutionId()).stream().filter(b -> fits(s, b.blueprint().occupationCode(),
                b.blueprint().workType(), b.blueprint().level(), b.blueprint().subject())).toList();
    }

    /** The institution's saved skill blueprints a 操作技能 session may draw from; none for another subject. */
    @Transactional(readOnly = true)
    public List<SavedSkillBlueprint> skillBlueprintsFor(Actor actor, long sessionId) {
        SessionView s = batches.session(actor, sessionId);
        return skillBlueprints.listSkill(actor, s.institutionId()).stream().filter(b -> fits(s, b.blueprint()
                .occupationCode(), b.blueprint().workType(), b.blueprint().level(), Subject.SKILL)).toList();
    }

    /** The assembly request for a session from a saved blueprint of its occupation, level and subject. */
    public AssemblyRequest request(Actor actor, long sessionId, long blueprintId, long seed) {
        SessionView s = requireDrawable(actor, sessionId);
        Blueprint b = blueprints.get(actor, blueprintId).blueprint();
        requireFits(s, b);
        return inputs.request(actor, s.institutionId(), b, 1, seed);
    }

    /**
     * Issues an assembled paper to the session, re-checking every rule at the moment of issue; audited as a draw.
     * Nothing is kept when refused.
     */
    public Paper issueDrawn(Actor actor, long sessionId, NewPaper paper) {
        return tx.execute(status -> {
            SessionView s = requireDrawable(actor, sessionId);
            requirePaperFits(s, paper.scope());
            Paper issued = papers.issueNew(actor, paper, sessionId);
            drawn(actor, s, issued);
            return issued;
        });
    }

    /** Issues a kept draft to the session under the same rules as {@link #issueDrawn}. */
    public Paper issueDraft(Actor actor, long sessionId, long paperId) {
        return tx.execute(status -> {
            SessionView s = requireDrawable(actor, sessionId);
            Paper issued = papers.issue(actor, paperId, sessionId);
            requirePaperFits(s, issued.scope());
            drawn(actor, s, issued);
            return issued;
        });
    }

    /** Issues a kept 备用卷 to the session under the same rules as {@link #issueDraft}; other drafts are refused. */
    public Paper issueSpare(Actor actor, long sessionId, long paperId) {
        requireSpare(actor, paperId);
        return issueDraft(actor, sessionId, paperId);
    }

    /**
     * Replaces a session's paper: voids it (when not voided yet) with {@code reason}, then issues the replacement
     * to the same session in the same transaction, under every draw rule (approved batch, open window, never
     * reuse, overlap) — the voided paper's item set stays refused. A fresh replacement is solved first, outside the
     * transaction, against the earlier papers including the one it replaces. Nothing changes when refused.
     * Audited as PAPER_VOIDED, PAPER_REPLACED and PAPER_DRAWN.
     */
    public Paper replace(Actor actor, long paperId, String reason, Replacement source) {
        actor.requireRole("补发替换试卷", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        Paper old = papers.find(actor, paperId);
        if (old.sessionId() == null) {
            throw new org.qbank.bank.common.ConflictException("paper-not-issued", "试卷 " + paperId + " 未发放到场次, 无需替换");
        }
        long sessionId = old.sessionId();
        NewPaper fresh = null;
        if (source instanceof Replacement.Spare spare) {
            requireSpare(actor, spare.paperId());
        } else if (source instanceof Replacement.Fresh f) {
            fresh = solveFresh(actor, sessionId, paperId, f.blueprintId());
        } else if (source instanceof Replacement.FreshSkill f) {
            fresh = solveFreshSkill(actor, sessionId, paperId, f.skillBlueprintId());
        }
        NewPaper solved = fresh;
        return tx.execute(status -> {
            if (papers.find(actor, paperId).status() != org.qbank.assembly.paper.PaperStatus.VOIDED) {
                papers.voidPaper(actor, paperId, reason);
            }
            SessionView s = requireDrawable(actor, sessionId);
            Paper issued = solved == null
                    ? papers.issueReplacement(actor, paperId, ((Replacement.Spare) source).paperId())
                    : papers.issueNewReplacement(actor, solved, paperId);
            requirePaperFits(s, issued.scope());
            drawn(actor, s, issued);
            return issued;
        });
    }

    private NewPaper solveFresh(Actor actor, long sessionId, long replacing, long blueprintId) {
        SessionView s = requireDrawable(actor, sessionId, replacing);
        Blueprint b = blueprints.get(actor, blueprintId).blueprint();
        requireFits(s, b);
        AssemblyOutcome outcome = PaperAssembler.assemble(inputs.request(actor, s.institutionId(), b, 1, System.nanoTime()),
                options);
        if (!outcome.assembled()) {
            throw RuleViolationException.of("blueprintId", "未能组成满足全部硬性规则的替换试卷: "
                    + String.join("; ", outcome.explanation()));
        }
        return NewPaper.of(s.institutionId(), b, outcome.papers().get(0));
    }

    private NewPaper solveFreshSkill(Actor actor, long sessionId, long replacing, long skillBlueprintId) {
        SessionView s = requireDrawable(actor, sessionId, replacing);
        SkillBlueprint timed = timed(s, skillBlueprints.getSkill(actor, skillBlueprintId).blueprint());
        AssemblyOutcome outcome = SkillAssembler.assemble(inputs.skillRequest(actor, s.institutionId(), timed,
                System.nanoTime()), options);
        if (!outcome.assembled()) {
            throw RuleViolationException.of("skillBlueprintId", "未能组成满足全部硬性规则的替换试卷: "
                    + String.join("; ", outcome.explanation()));
        }
        return NewPaper.ofSkill(s.institutionId(), timed, outcome.papers().get(0));
    }

    private void requireSpare(Actor actor, long paperId) {
        Paper spare = papers.find(actor, paperId);
        if (!spare.spare() || spare.status() != org.qbank.assembly.paper.PaperStatus.DRAFT) {
            throw new org.qbank.bank.common.ConflictException("not-a-spare", "试卷 " + paperId + " 不是未发放的备用卷");
        }
    }

    /** Assembles (first paper meeting every hard rule) and issues in one call. */
    public Paper draw(Actor actor, long sessionId, long blueprintId) {
        Blueprint b = blueprints.get(actor, blueprintId).blueprint();
        AssemblyRequest request = request(actor, sessionId, blueprintId, System.nanoTime());
        AssemblyOutcome outcome = PaperAssembler.assemble(request, options);
        if (!outcome.assembled()) {
            throw RuleViolationException.of("blueprintId", "未能组成满足全部硬性规则的试卷: "
                    + String.join("; ", outcome.explanation()));
        }
        SessionView s = batches.session(actor, sessionId);
        return issueDrawn(actor, sessionId, NewPaper.of(s.institutionId(), b, outcome.papers().get(0)));
    }

    /**
     * The skill-paper request for a 操作技能 session from a saved skill blueprint of its occupation and level; the
     * tasks' total time must fit the shorter of the blueprint's duration and the session's.
     */
    public SkillRequest skillRequest(Actor actor, long sessionId, long skillBlueprintId, long seed) {
        SessionView s = requireDrawable(actor, sessionId);
        return inputs.skillRequest(actor, s.institutionId(),
                timed(s, skillBlueprints.getSkill(actor, skillBlueprintId).blueprint()), seed);
    }

    /** Assembles a skill paper for a 操作技能 session and issues it in one call, under the same rules as a theory draw. */
    public Paper drawSkill(Actor actor, long sessionId, long skillBlueprintId) {
        SkillRequest request = skillRequest(actor, sessionId, skillBlueprintId, System.nanoTime());
        AssemblyOutcome outcome = SkillAssembler.assemble(request, options);
        if (!outcome.assembled()) {
            throw RuleViolationException.of("skillBlueprintId", "未能组成满足全部硬性规则的操作技能试卷: "
                    + String.join("; ", outcome.explanation()));
        }
        SessionView s = batches.session(actor, sessionId);
        return issueDrawn(actor, sessionId, NewPaper.ofSkill(s.institutionId(), request.blueprint(),
                outcome.papers().get(0)));
    }

    /** After the session has ended: its paper becomes USED and exposure adds the candidates who sat (once). */
    public Paper completeSession(Actor actor, long sessionId) {
        return tx.execute(status -> {
            SessionView s = batches.session(actor, sessionId);
            Instant ends = s.startsAt().plus(Duration.ofMinutes(s.durationMinutes()));
            if (clock.instant().isBefore(ends)) {
                throw new DrawRefusedException("session-not-over", "场次 " + s.code() + " 于 " + local(ends)
                        + " 结束, 结束后才能确认试卷已使用");
            }
            Paper paper = papers.issuedTo(actor, sessionId)
                    .orElseThrow(() -> NotFoundException.of("场次 " + s.code() + " 的试卷", sessionId));
            return papers.markUsed(actor, paper.id());
        });
    }

    /**
     * Opens a paper's content for viewing: EXAM_ADMIN or INSTITUTION_ADMIN only, audited with user, time and
     * session. Joins the caller's transaction (the one reading the content), so the record and the read go together.
     */
    @Transactional
    public Paper openForView(Actor actor, long paperId) {
        return open(actor, paperId, "PAPER_VIEWED", "查看试卷内容").paper();
    }

    /** Opens a paper for download: audited like a view, and returns the visible mark the copy must carry. */
    @Transactional
    public MarkedPaper openForDownload(Actor actor, long paperId) {
        return open(actor, paperId, "PAPER_DOWNLOADED", "下载试卷");
    }

    private MarkedPaper open(Actor actor, long paperId, String action, String what) {
        actor.requireRole("查看试卷内容", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        Paper paper = papers.find(actor, paperId);
        String session = paper.sessionId() == null ? "未发放 (样卷)" : sessionLabel(batches.session(actor, paper.sessionId()));
        String mark = actor.username() + " " + local(clock.instant()) + " " + session;
        audit.record(AuditEvent.of(paper.institutionId(), actor, action, "paper", paperId)
                .withDetail(what + ": " + mark));
        return new MarkedPaper(paper, mark);
    }

    private void drawn(Actor actor, SessionView s, Paper issued) {
        audit.record(AuditEvent.of(s.institutionId(), actor, "PAPER_DRAWN", "paper", issued.id())
                .withDetail(actor.username() + " " + local(clock.instant()) + " 为" + sessionLabel(s)
                        + " 抽取试卷, 指纹 " + issued.fingerprint().hex()));
    }

    private static String sessionLabel(SessionView s) {
        return "批次 " + s.batchCode() + " 场次 " + s.code();
    }

    private static void requireFits(SessionView s, Blueprint b) {
        requireFits(s, b.name(), b.occupationCode(), b.workType(), b.level(), b.subject());
    }

    private static void requireFits(SessionView s, String name, String occupationCode, String workType, Level level,
                                    Subject subject) {
        if (!fits(s, occupationCode, workType, level, subject)) {
            throw RuleViolationException.of("blueprintId", "组卷方案 " + name + " (" + occupationCode + " "
                    + level.grade() + subject.displayName() + ") 与场次 " + s.code() + " ("
                    + s.occupationCode() + " " + s.level().grade() + s.subject().displayName() + ") 不符");
        }
    }

    private static boolean fits(SessionView s, String occupationCode, String workType, Level level, Subject subject) {
        return level == s.level() && subject == s.subject() && occupationCode.equals(s.occupationCode())
                && Objects.equals(blank(workType), blank(s.workType()));
    }

    private static void requirePaperFits(SessionView s, Paper.PaperScope scope) {
        if (scope.level() != s.level() || scope.subject() != s.subject()
                || !scope.occupationCode().equals(s.occupationCode())) {
            throw RuleViolationException.of("paper", "试卷的职业/等级/科目与场次 " + s.code() + " 不符");
        }
    }

    /** The skill blueprint for this session: fitting it, with the tasks' time bounded by the session's too. */
    private static SkillBlueprint timed(SessionView s, SkillBlueprint b) {
        requireFits(s, b.name(), b.occupationCode(), b.workType(), b.level(), Subject.SKILL);
        return b.withDurationAtMost(s.durationMinutes());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String local(Instant at) {
        return TIME.format(at.atZone(clock.getZone()));
    }

    /** A paper opened for download with the mark naming who, when and which session. */
    public record MarkedPaper(Paper paper, String mark) {
    }
}
