package org.qbank.assembly.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.blueprint.SavedBlueprint;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.draw.PaperAssembler;
import org.qbank.assembly.paper.NewPaper;
import org.qbank.assembly.paper.PaperService;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Assembly as an asynchronous job: submit returns an id at once, the solve runs on a small pool, and
 * {@link #status} reports progress from the solver's best-score events. A paper that meets every hard rule is
 * kept as a DRAFT. Jobs live in memory: they are short and their result (the paper) is stored.
 */
@Service
public class AssemblyJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AssemblyJobs.class);

    private final BlueprintService blueprints;
    private final BankInputs inputs;
    private final PaperService papers;
    private final AssemblyOptions options;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "qbank-assembly-job");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    AssemblyJobs(BlueprintService blueprints, BankInputs inputs, PaperService papers,
                 @Value("${qbank.assembly.job.time-limit:PT30S}") Duration timeLimit,
                 @Value("${qbank.assembly.job.unimproved-limit:PT2S}") Duration unimproved) {
        this.blueprints = blueprints;
        this.inputs = inputs;
        this.papers = papers;
        this.options = new AssemblyOptions(timeLimit, unimproved, false);
    }

    /** Starts assembling one paper from a saved blueprint, optionally meant for a session; returns the job id. */
    public String submit(Actor actor, long blueprintId, Long sessionId) {
        actor.requireRole("组卷", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        SavedBlueprint saved = blueprints.get(actor, blueprintId);
        AssemblyRequest request = inputs.request(actor, saved.institutionId(), saved.blueprint(), 1,
                System.nanoTime());
        Job job = new Job(UUID.randomUUID().toString(), saved, sessionId, options.timeLimit().toMillis());
        jobs.put(job.id, job);
        pool.submit(() -> run(actor, job, request));
        return job.id;
    }

    /** The job's progress; another institution's job is "not found". */
    public JobStatus status(Actor actor, String jobId) {
        Job job = jobs.get(jobId);
        if (job == null) {
            throw NotFoundException.of("组卷任务", jobId);
        }
        actor.requireInstitution(job.saved.institutionId(), "组卷任务", jobId);
        return job.status();
    }

    private void run(Actor actor, Job job, AssemblyRequest request) {
        try {
            AssemblyOutcome outcome = PaperAssembler.assemble(request, options, job);
            if (outcome.assembled()) {
                long paperId = papers.saveDraft(actor, NewPaper.of(job.saved.institutionId(), job.saved.blueprint(),
                        outcome.papers().get(0)));
                job.finish(JobState.ASSEMBLED, paperId, List.of("指纹 " + outcome.papers().get(0).fingerprint().hex()));
            } else {
                job.finish(JobState.NOT_ASSEMBLED, null, outcome.explanation());
            }
        } catch (RuntimeException e) {
            log.warn("组卷任务 {} 出错", job.id, e);
            job.finish(JobState.FAILED, null, List.of(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
