package org.qbank.assembly.paper;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.audit.AuditRecord;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.item.ItemCatalog;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.SessionView;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paper lifecycle: keep a draft, issue it to one session, mark it used, void it. Never-reuse is enforced by the
 * database: issuing writes the paper's fingerprint under a unique key per institution, and that row stays when
 * the paper is voided. Issuing re-checks the overlap limits inside its transaction and records exposure in it.
 */
@Service
public class PaperService {

    private final Papers papers;
    private final ExposureRecorder exposure;
    private final AuditLog audit;
    private final BatchService sessions;
    private final JdbcClient jdbc;
    private final ItemCatalog catalog;
    private final Clock clock;

    PaperService(Papers papers, ExposureRecorder exposure, AuditLog audit, BatchService sessions, JdbcClient jdbc,
                 ItemCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.papers = papers;
        this.sessions = sessions;
        this.exposure = exposure;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public long saveDraft(Actor actor, NewPaper cmd) {
        return keep(actor, cmd, false);
    }

    /** Keeps a paper of a batch form as a 备用卷 (a DRAFT marked spare): it counts for nothing until issued. */
    @Transactional
    public long saveSpare(Actor actor, NewPaper cmd) {
        return keep(actor, cmd, true);
    }

    private long keep(Actor actor, NewPaper cmd, boolean spare) {
        actor.requireRole("保存试卷", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        actor.requireInstitution(cmd.institutionId(), "评价机构", cmd.institutionId());
        if (cmd.items().isEmpty()) {
            throw RuleViolationException.of("items", "试卷没有试题");
        }
        Set<Long> seen = new HashSet<>();
        for (PaperItem i : cmd.items()) {
            if (!seen.add(i.itemId())) {
                throw RuleViolationException.of("items[" + (i.position() - 1) + "]", "试题 " + i.itemCode() + " 在试卷中重复");
            }
        }
        Paper draft = Paper.draft(cmd.institutionId(), cmd.scope(), cmd.blueprintName(), shuffled(cmd),
                cmd.maxEarlierOverlap(), cmd.lookBackMonths(), cmd.optionSeed(), spare);
        long id = papers.insert(draft, now());
        audit.record(AuditEvent.of(cmd.institutionId(), actor, "PAPER_DRAFTED", "paper", id)
                .withDetail((spare ? "备用卷, " : "") + "组卷方案 " + cmd.blueprintName() + ", " + cmd.items().size() + " 题, 指纹 " + draft.fingerprint()));
        return id;
    }

    /** The command's items with their option orders when it asks for shuffling (单选/多选 only). */
    private List<PaperItem> shuffled(NewPaper cmd) {
        if (cmd.optionSeed() == null) {
            return cmd.items();
        }
        Map<Long, List<String>> labels = catalog.choiceOptionLabels(cmd.items().stream().map(PaperItem::versionId).toList());
        return cmd.items().stream().map(i -> i.withOptionOrder(OptionOrder.shuffle(cmd.optionSeed(), i.itemId(),
                labels.getOrDefault(i.versionId(), List.of())))).toList();
    }

    /**
     * Keeps an assembled paper and issues it to a session in one transaction: nothing is kept when the issue is
     * refused. The institution is locked first, before the draft row is written, so concurrent issuers queue
     * instead of deadlocking on the foreign key's shared lock.
     */
    @Transactional
    public Paper issueNew(Actor actor, NewPaper cmd, long sessionId) {
        actor.requireRole("发放试卷", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        actor.requireInstitution(cmd.institutionId(), "评价机构", cmd.institutionId());
        lockInstitution(cmd.institutionId());
        return issue(actor, saveDraft(actor, cmd), sessionId);
    }

    /** Issues a DRAFT to one session. Refused when the item set was ever issued, or overlap limits break. */
    @Transactional
    public Paper issue(Actor actor, long paperId, long sessionId) {
        return issue(actor, paperId, sessionId, null);
    }

    /**
     * Issues a draft (a 备用卷 or a fresh paper) to the session of a VOIDED paper as its replacement, under every
     * rule of {@link #issue}; the replacement names the paper it replaces and the issue is audited as such. Refused
     * while that paper is not voided: a session holds at most one live paper per level and subject.
     */
    @Transactional
    public Paper issueReplacement(Actor actor, long voidedPaperId, long draftId) {
        actor.requireRole("发放替换试卷", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        lockInstitution(visible(actor, voidedPaperId).institutionId());
        Paper voided = lockVisible(actor, voidedPaperId);
        if (voided.status() != PaperStatus.VOIDED || voided.sessionId() == null) {
            throw new ConflictException("paper-not-voided", "试卷 " + voidedPaperId + " 当前为" + voided.status().displayName()
                    + ", 作废后才能为其场次补发替换试卷");
        }
        Paper issued = issue(actor, draftId, voided.sessionId(), voided);
        audit.record(AuditEvent.of(issued.institutionId(), actor, "PAPER_REPLACED", "paper", issued.id())
                .withDetail("替换场次 " + voided.sessionId() + " 已作废的试卷 " + voidedPaperId + " (" + voided.voidReason() + ")"));
        return issued;
    }

    /** Keeps an assembled paper and issues it as the replacement of a voided paper, in one transaction. */
    @Transactional
    public Paper issueNewReplacement(Actor actor, NewPaper cmd, long voidedPaperId) {
        actor.requireRole("发放替换试卷", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        actor.requireInstitution(cmd.institutionId(), "评价机构", cmd.institutionId());
        lockInstitution(cmd.institutionId());
        return issueReplacement(actor, voidedPaperId, saveDraft(actor, cmd));
    }

    private Paper issue(Actor actor, long paperId, long sessionId, Paper replacing) {
        actor.requireRole("发放试卷", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        long institution = visible(actor, paperId).institutionId();
        // Serialises issuing per institution: the overlap re-check reads what concurrent issues would write.
        lockInstitution(institution);
        Paper paper = papers.lock(paperId).orElseThrow(() -> NotFoundException.of("试卷", paperId));
        Instant now = now();
        paper.issueTo(sessionId, now);
        if (replacing != null) {
            paper.replaces(replacing);
        }
        String fp = paper.fingerprint().hex();
        if (papers.fingerprintIssued(institution, fp)) {
            throw reused(fp);
        }
        checkOverlap(paper, now);
        try {
            papers.insertFingerprint(institution, fp, paperId, now);
        } catch (DuplicateKeyException e) {
            throw reused(fp);
        }
        try {
            papers.saveState(paper);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("session-has-paper", "场次 " + sessionId + " 已有" + paper.scope().level().grade()
                    + paper.scope().subject().displayName() + "试卷");
        }
        exposure.recordIssue(institution, paperId, sessionId, paper.items(), now);
        audit.record(AuditEvent.of(institution, actor, "PAPER_ISSUED", "paper", paperId)
                .withDetail("发放到场次 " + sessionId + ", 指纹 " + fp));
        return paper;
    }

    /**
     * After the session: the paper becomes USED and its items' exposure adds the candidates who sat (the session's
     * recorded attendance, else its planned candidates) — once, since only an ISSUED paper can become USED.
     */
    @Transactional
    public Paper markUsed(Actor actor, long paperId) {
        actor.requireRole("确认试卷已使用", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        Paper paper = lockVisible(actor, paperId);
        paper.markUsed(now());
        papers.saveState(paper);
        SessionView session = sessions.session(actor, paper.sessionId());
        int sat = session.attended() != null ? session.attended() : session.candidates();
        exposure.recordSat(paper.institutionId(), paperId, sat);
        audit.record(AuditEvent.of(paper.institutionId(), actor, "PAPER_USED", "paper", paperId)
                .withDetail("场次 " + session.code() + " 实考 " + sat + " 人"));
        return paper;
    }

    /** The paper issued to a session for its level and subject, if any. */
    @Transactional(readOnly = true)
    public Optional<Paper> issuedTo(Actor actor, long sessionId) {
        SessionView session = sessions.session(actor, sessionId);
        return papers.forSession(sessionId, session.level().number(), session.subject().name());
    }

    /** Every paper issued to a session: a voided one and its replacement both appear, in issue order. */
    @Transactional(readOnly = true)
    public List<Paper> issuedToEver(Actor actor, long sessionId) {
        sessions.session(actor, sessionId);
        return papers.allForSession(sessionId);
    }

    /** The institution's 备用卷 that were not issued yet, oldest first. */
    @Transactional(readOnly = true)
    public List<Paper> spares(Actor actor, long institutionId) {
        actor.requireInstitution(institutionId, "评价机构", institutionId);
        return papers.spares(institutionId);
    }

    /** The unissued 备用卷 a session could receive: same occupation, work type, level and subject. */
    @Transactional(readOnly = true)
    public List<Paper> sparesFor(Actor actor, long sessionId) {
        SessionView s = sessions.session(actor, sessionId);
        Paper.PaperScope scope = new Paper.PaperScope(s.occupationCode(), s.workType(), s.level(), s.subject());
        return papers.spares(s.institutionId()).stream().filter(p -> p.scope().equals(scope)).toList();
    }

    /**
     * The audit lines of a paper's session history — draw, issue, void and replacement of every paper the session
     * was given (or of the paper alone while it is not issued) — in chain order.
     */
    @Transactional(readOnly = true)
    public List<AuditRecord> trail(Actor actor, long paperId) {
        Paper paper = visible(actor, paperId);
        List<String> ids = paper.sessionId() == null ? List.of(String.valueOf(paperId))
                : papers.allForSession(paper.sessionId()).stream().map(p -> String.valueOf(p.id())).toList();
        return audit.historyOf(actor, paper.institutionId(), "paper", ids).stream()
                .filter(r -> TRAIL.contains(r.action())).toList();
    }

    private static final Set<String> TRAIL = Set.of("PAPER_DRAFTED", "PAPER_DRAWN", "PAPER_ISSUED", "PAPER_VOIDED",
            "PAPER_REPLACED", "PAPER_USED");

    /** Voids an issued or used paper. Its fingerprint stays: the same item set can never be issued again. */
    @Transactional
    public Paper voidPaper(Actor actor, long paperId, String reason) {
        actor.requireRole("作废试卷", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        Paper paper = lockVisible(actor, paperId);
        paper.voidFor(reason, now());
        papers.saveState(paper);
        audit.record(AuditEvent.of(paper.institutionId(), actor, "PAPER_VOIDED", "paper", paperId).withDetail(reason));
        return paper;
    }

    /** Drafts were never issued and do not count; they may be thrown away. */
    @Transactional
    public void discardDraft(Actor actor, long paperId) {
        actor.requireRole("删除试卷草稿", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        Paper paper = lockVisible(actor, paperId);
        if (paper.status() != PaperStatus.DRAFT) {
            throw new ConflictException("paper-not-draft", "只有草稿可以删除; 试卷 " + paperId + " 为" + paper.status().displayName());
        }
        papers.deleteDraft(paperId);
        audit.record(AuditEvent.of(paper.institutionId(), actor, "PAPER_DISCARDED", "paper", paperId));
    }

    @Transactional(readOnly = true)
    public Paper find(Actor actor, long paperId) {
        return visible(actor, paperId);
    }

    @Transactional(readOnly = true)
    public List<IssuedFingerprint> issuedFingerprints(Actor actor, long institutionId) {
        actor.requireInstitution(institutionId, "评价机构", institutionId);
        return papers.fingerprints(institutionId);
    }

    /** Overlap of paper {@code a} with {@code b}: shared items over the smaller paper's size. */
    @Transactional(readOnly = true)
    public Overlap overlap(Actor actor, long a, long b) {
        Paper p = visible(actor, a);
        Paper q = visible(actor, b);
        Set<Long> shared = new HashSet<>(p.items().stream().map(PaperItem::itemId).toList());
        shared.retainAll(q.items().stream().map(PaperItem::itemId).toList());
        return new Overlap(a, b, shared.size(), Math.min(p.items().size(), q.items().size()));
    }

    private void checkOverlap(Paper paper, Instant now) {
        Instant since = now.atZone(clock.getZone()).minusMonths(paper.lookBackMonths()).toInstant();
        Map<Long, List<Long>> earlier = papers.issuedItems(paper.institutionId(), paper.scope(), since);
        Set<Long> mine = new HashSet<>(paper.items().stream().map(PaperItem::itemId).toList());
        int limit = ExposurePolicy.allowedShared(paper.maxEarlierOverlap(), mine.size());
        List<Violation> problems = new ArrayList<>();
        earlier.forEach((id, items) -> {
            if (id.equals(paper.id())) {
                return;
            }
            long shared = items.stream().filter(mine::contains).count();
            if (shared > limit) {
                problems.add(new Violation("items", "与往期试卷 " + id + " 重复 " + shared + " 题, 超过上限 " + limit + " 题"));
            }
        });
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    private void lockInstitution(long institution) {
        jdbc.sql("SELECT id FROM institution WHERE id = ? FOR UPDATE").param(institution).query(Long.class).single();
    }

    private Paper visible(Actor actor, long paperId) {
        Paper paper = papers.find(paperId).orElseThrow(() -> NotFoundException.of("试卷", paperId));
        actor.requireInstitution(paper.institutionId(), "试卷", paperId);
        return paper;
    }

    private Paper lockVisible(Actor actor, long paperId) {
        visible(actor, paperId);
        return papers.lock(paperId).orElseThrow(() -> NotFoundException.of("试卷", paperId));
    }

    private static ConflictException reused(String fingerprint) {
        return new ConflictException("paper-reused", "这套试题组合已发放过 (指纹 " + fingerprint
                + "), 同一套试卷不得重复使用");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Shared items of two papers and the smaller size (the denominator of DOMAIN §8). */
    public record Overlap(long paperA, long paperB, int shared, int smallerSize) {
    }
}
