package org.qbank.portal.pages.draw;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.blueprint.SavedBlueprint;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.job.AssemblyJobs;
import org.qbank.assembly.job.JobState;
import org.qbank.assembly.job.JobStatus;
import org.qbank.assembly.job.Progress;
import org.qbank.assembly.paper.NewPaper;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.session.SessionDrawService;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Drawing a paper from a saved blueprint through paper-assembly's {@link AssemblyJobs}: builds the request from
 * the bank, submits it, and reports progress for the progress page. When a job has produced a paper meeting
 * every hard rule, the first status read after it finished keeps that paper (once per job): issued to its session
 * through {@link SessionDrawService} (which checks the draw window again at that moment), or as a DRAFT.
 */
@Component
class DrawJobs {

    private final AssemblyJobs jobs;
    private final BlueprintService blueprints;
    private final BankInputs inputs;
    private final PaperService papers;
    private final SessionDrawService sessionDraws;
    private final AssemblyOptions options;
    private final Map<UUID, Draw> draws = new ConcurrentHashMap<>();

    DrawJobs(AssemblyJobs jobs, BlueprintService blueprints, BankInputs inputs, PaperService papers,
             SessionDrawService draws,
             @Value("${qbank.assembly.job.time-limit:PT30S}") Duration timeLimit,
             @Value("${qbank.assembly.job.unimproved-limit:PT2S}") Duration unimproved) {
        this.jobs = jobs;
        this.blueprints = blueprints;
        this.inputs = inputs;
        this.papers = papers;
        this.sessionDraws = draws;
        this.options = new AssemblyOptions(timeLimit, unimproved, false);
    }

    /** What the progress page shows. {@code stage}: RUNNING, ASSEMBLED, NOT_ASSEMBLED, CANCELLED or FAILED. */
    record View(UUID id, String stage, String stageName, boolean finished, int percent, long elapsedMillis,
                String bestScore, boolean feasible, int improvements, Long paperId, Long sessionId,
                List<String> messages) {
    }

    UUID submit(Actor actor, long blueprintId, Long sessionId) {
        SavedBlueprint saved = blueprints.get(actor, blueprintId);
        // For a session the draw rules (batch state, window, one paper) are checked before solving starts.
        AssemblyRequest request = sessionId == null
                ? inputs.request(actor, saved.institutionId(), saved.blueprint(), 1, System.nanoTime())
                : sessionDraws.request(actor, sessionId, blueprintId, System.nanoTime());
        UUID id = jobs.submit(actor, saved.institutionId(), request, options);
        draws.put(id, new Draw(saved, sessionId, System.nanoTime()));
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
        Long paperId = "ASSEMBLED".equals(stage) ? draw.keep(actor, papers, sessionDraws, outcome) : null;
        List<String> messages = s.state() == JobState.FAILED ? List.of(String.valueOf(s.error()))
                : outcome == null ? List.of()
                : outcome.assembled() ? List.of("指纹 " + outcome.papers().get(0).fingerprint().hex())
                : outcome.explanation();
        boolean finished = !"RUNNING".equals(stage);
        int percent = finished ? 100 : (int) Math.min(99, elapsed * 100 / Math.max(1, options.timeLimit().toMillis()));
        return new View(id, stage, name(stage, s.state()), finished, percent, elapsed,
                last == null ? null : last.score(), last != null && last.feasible(), s.progress().size(), paperId,
                draw.sessionId, messages);
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

    /** One draw: its blueprint, target session, start, and the draft kept from it. */
    private static final class Draw {
        private final SavedBlueprint saved;
        private final Long sessionId;
        private final long started;
        private Long paperId;
        private long finishedMillis = -1;

        Draw(SavedBlueprint saved, Long sessionId, long started) {
            this.saved = saved;
            this.sessionId = sessionId;
            this.started = started;
        }

        synchronized long elapsedMillis(JobState state) {
            long now = (System.nanoTime() - started) / 1_000_000;
            boolean finished = state == JobState.DONE || state == JobState.CANCELLED || state == JobState.FAILED;
            if (finished && finishedMillis < 0) {
                finishedMillis = now;
            }
            return finishedMillis >= 0 ? finishedMillis : now;
        }

        /** Keeps the paper once: issued to the session when drawn for one, else as a draft. */
        synchronized Long keep(Actor actor, PaperService papers, SessionDrawService draws, AssemblyOutcome outcome) {
            if (paperId == null) {
                NewPaper paper = NewPaper.of(saved.institutionId(), saved.blueprint(), outcome.papers().get(0));
                paperId = sessionId == null ? Long.valueOf(papers.saveDraft(actor, paper))
                        : draws.issueDrawn(actor, sessionId, paper).id();
            }
            return paperId;
        }
    }
}
