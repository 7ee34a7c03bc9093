package org.qbank.portal.pages.draw;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.blueprint.SkillBlueprintService;
import org.qbank.assembly.blueprint.SavedBlueprint;
import org.qbank.assembly.blueprint.SavedSkillBlueprint;
import org.qbank.assembly.draw.AssembledPaper;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.job.AssemblyJobs;
import org.qbank.assembly.job.JobState;
import org.qbank.assembly.job.JobStatus;
import org.qbank.assembly.job.Progress;
import org.qbank.assembly.paper.NewPaper;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.session.BatchDraws;
import org.qbank.assembly.session.SessionDrawService;
import org.qbank.assembly.skill.SkillRequest;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.plan.SessionView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Drawing papers through paper-assembly's {@link AssemblyJobs}: a theory paper from a saved blueprint, a skill paper
 * (操作技能) from a saved skill blueprint, or a batch form with 备用卷 (theory or skill). Builds the request from the bank, submits
 * it, and reports progress for the progress page. When a job has produced papers meeting every hard rule, the
 * first status read after it finished keeps them (once per job): a paper drawn for a session is issued to it
 * through {@link SessionDrawService} (which checks the draw rules again at that moment); otherwise papers are kept
 * as drafts — a batch form's papers meant for its sessions, its last ones as 备用卷.
 */
@Component
class DrawJobs {

    private final AssemblyJobs jobs;
    private final BlueprintService blueprints;
    private final SkillBlueprintService skillBlueprints;
    private final BankInputs inputs;
    private final PaperService papers;
    private final SessionDrawService sessionDraws;
    private final BatchDraws batchDraws;
    private final AssemblyOptions options;
    private final Map<UUID, Draw> draws = new ConcurrentHashMap<>();

    DrawJobs(AssemblyJobs jobs, BlueprintService blueprints, SkillBlueprintService skillBlueprints, BankInputs inputs,
             PaperService papers, SessionDrawService draws, BatchDraws batchDraws,
             @Value("${qbank.assembly.job.time-limit:PT30S}") Duration timeLimit,
             @Value("${qbank.assembly.job.unimproved-limit:PT2S}") Duration unimproved) {
        this.jobs = jobs;
        this.blueprints = blueprints;
        this.skillBlueprints = skillBlueprints;
        this.inputs = inputs;
        this.papers = papers;
        this.sessionDraws = draws;
        this.batchDraws = batchDraws;
        this.options = new AssemblyOptions(timeLimit, unimproved, false);
    }

    /** What the progress page shows. {@code stage}: RUNNING, ASSEMBLED, NOT_ASSEMBLED, CANCELLED or FAILED. */
    record View(UUID id, String stage, String stageName, boolean finished, int percent, long elapsedMillis,
                String bestScore, boolean feasible, int improvements, Long paperId, Long sessionId,
                List<String> messages, List<Kept> papers) {
    }

    /** A paper a job kept: issued to {@code session}, meant for it (a batch draft), or a 备用卷. */
    record Kept(long paperId, SessionView session, boolean spare, boolean issued) {

        public String url() {
            return "/papers/" + paperId + (session == null || issued ? "" : "?sessionId=" + session.id());
        }

        public String label() {
            String where = session == null ? "" : " · 场次 " + session.batchCode() + " / " + session.code();
            return (spare ? "备用卷 " : "试卷 ") + paperId + where + (issued ? " (已发放)" : spare ? "" : " (待发放)");
        }
    }

    UUID submit(Actor actor, long blueprintId, Long sessionId) {
        SavedBlueprint saved = blueprints.get(actor, blueprintId);
        // For a session the draw rules (batch state, window, one paper) are checked before solving starts.
        AssemblyRequest request = sessionId == null
                ? inputs.request(actor, saved.institutionId(), saved.blueprint(), 1, System.nanoTime())
                : sessionDraws.request(actor, sessionId, blueprintId, System.nanoTime());
        UUID id = jobs.submit(actor, saved.institutionId(), request, options);
        draws.put(id, new Draw(p -> NewPaper.of(saved.institutionId(), saved.blueprint(), p),
                sessionId, List.of(), 0));
        return id;
    }

    /** A skill paper: for a 操作技能 session (issued at once when assembled) or, without one, as a draft. */
    UUID submitSkill(Actor actor, long skillBlueprintId, Long sessionId) {
        SavedSkillBlueprint saved = skillBlueprints.getSkill(actor, skillBlueprintId);
        SkillRequest request = sessionId == null
                ? inputs.skillRequest(actor, saved.institutionId(), saved.blueprint(), System.nanoTime())
                : sessionDraws.skillRequest(actor, sessionId, skillBlueprintId, System.nanoTime());
        UUID id = jobs.submitSkill(actor, saved.institutionId(), request, options);
        draws.put(id, new Draw(p -> NewPaper.ofSkill(saved.institutionId(), request.blueprint(), p),
                sessionId, List.of(), 0));
        return id;
    }

    /** A batch form: a paper for each fitting session of the batch and {@code sparesPerSession} 备用卷 each. */
    UUID submitBatch(Actor actor, long blueprintId, long batchId, int sparesPerSession) {
        SavedBlueprint saved = blueprints.get(actor, blueprintId);
        BatchDraws.BatchForm form = batchDraws.request(actor, batchId, blueprintId, sparesPerSession, System.nanoTime());
        UUID id = jobs.submit(actor, saved.institutionId(), form.request(), options, form.spares());
        draws.put(id, new Draw(p -> NewPaper.of(saved.institutionId(), saved.blueprint(), p),
                null, form.sessions(), form.spares()));
        return id;
    }

    /**
     * A skill batch form: a skill paper for each fitting 操作技能 session of the batch and {@code sparesPerSession}
     * 备用卷 each, every paper fitting the shortest of those sessions.
     */
    UUID submitSkillBatch(Actor actor, long skillBlueprintId, long batchId, int sparesPerSession) {
        SavedSkillBlueprint saved = skillBlueprints.getSkill(actor, skillBlueprintId);
        BatchDraws.SkillBatchForm form = batchDraws.skillRequest(actor, batchId, skillBlueprintId, sparesPerSession,
                System.nanoTime());
        UUID id = jobs.submitSkill(actor, saved.institutionId(), form.request(), options, form.papers(), form.spares());
        draws.put(id, new Draw(p -> NewPaper.ofSkill(saved.institutionId(), form.request().blueprint(), p),
                null, form.sessions(), form.spares()));
        return id;
    }

    View cancel(Actor actor, UUID id) {
        jobs.cancel(actor, id);
        return status(actor, id);
    }

    View status(Actor actor, UUID id) {
        JobStatus s = jobs.status(actor, id);
        Draw draw = draws.get(id);
        if (draw == null) {
            throw NotFoundException.of("组卷任务", id);
        }
        Progress last = s.progress().isEmpty() ? null : s.progress().get(s.progress().size() - 1);
        long elapsed = draw.elapsedMillis(s.state());
        AssemblyOutcome outcome = s.outcome();
        String stage = switch (s.state()) {
            case QUEUED, SOLVING -> "RUNNING";
            case DONE -> outcome != null && outcome.assembled() ? "ASSEMBLED" : "NOT_ASSEMBLED";
            case CANCELLED -> outcome != null && outcome.assembled() ? "ASSEMBLED" : "CANCELLED";
            case FAILED -> "FAILED";
        };
        List<Kept> kept = "ASSEMBLED".equals(stage) ? draw.keep(actor, papers, sessionDraws, outcome) : List.of();
        List<String> messages = s.state() == JobState.FAILED ? List.of(String.valueOf(s.error()))
                : outcome == null ? List.of()
                : outcome.assembled() ? outcome.papers().stream().map(p -> "指纹 " + p.fingerprint().hex()).toList()
                : outcome.explanation();
        boolean finished = !"RUNNING".equals(stage);
        int percent = finished ? 100 : (int) Math.min(99, elapsed * 100 / Math.max(1, options.timeLimit().toMillis()));
        return new View(id, stage, name(stage, s.state()), finished, percent, elapsed,
                last == null ? null : last.score(), last != null && last.feasible(), s.progress().size(),
                kept.isEmpty() ? null : kept.get(0).paperId(), draw.sessionId, messages, kept);
    }

    private static String name(String stage, JobState state) {
        return switch (stage) {
            case "RUNNING" -> state == JobState.QUEUED ? "排队中" : "组卷中";
            case "ASSEMBLED" -> "已组卷";
            case "NOT_ASSEMBLED" -> "未能组卷";
            case "CANCELLED" -> "已取消";
            default -> "出错";
        };
    }

    /**
     * One draw: how its papers are kept, the session it is for (or a batch form's sessions and spares), its start,
     * and the papers kept from it.
     */
    private static final class Draw {
        private final Function<AssembledPaper, NewPaper> paper;
        private final Long sessionId;
        private final List<SessionView> batchSessions;
        private final int spares;
        private final long started = System.nanoTime();
        private List<Kept> kept;
        private long finishedMillis = -1;

        Draw(Function<AssembledPaper, NewPaper> paper, Long sessionId, List<SessionView> batchSessions, int spares) {
            this.paper = paper;
            this.sessionId = sessionId;
            this.batchSessions = batchSessions;
            this.spares = spares;
        }

        synchronized long elapsedMillis(JobState state) {
            long now = (System.nanoTime() - started) / 1_000_000;
            boolean finished = state == JobState.DONE || state == JobState.CANCELLED || state == JobState.FAILED;
            if (finished && finishedMillis < 0) {
                finishedMillis = now;
            }
            return finishedMillis >= 0 ? finishedMillis : now;
        }

        /** Keeps the papers once: issued to the session when drawn for one, else as drafts and 备用卷. */
        synchronized List<Kept> keep(Actor actor, PaperService papers, SessionDrawService draws, AssemblyOutcome outcome) {
            if (kept != null) {
                return kept;
            }
            List<AssembledPaper> done = outcome.papers();
            if (sessionId != null) {
                NewPaper one = paper.apply(done.get(0));
                long id = draws.issueDrawn(actor, sessionId, one).id();
                kept = List.of(new Kept(id, null, false, true));
                return kept;
            }
            List<Kept> out = new ArrayList<>();
            int firstSpare = done.size() - spares;
            for (int i = 0; i < done.size(); i++) {
                NewPaper p = paper.apply(done.get(i));
                boolean spare = i >= firstSpare;
                long id = spare ? papers.saveSpare(actor, p) : papers.saveDraft(actor, p);
                out.add(new Kept(id, !spare && i < batchSessions.size() ? batchSessions.get(i) : null, spare, false));
            }
            kept = List.copyOf(out);
            return kept;
        }
    }
}
