package org.qbank.assembly.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;

import org.optaplanner.core.api.solver.Solver;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.draw.PaperAssembler;
import org.qbank.assembly.draw.SolveListener;
import org.qbank.assembly.skill.SkillAssembler;
import org.qbank.assembly.skill.SkillRequest;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Assembly as asynchronous jobs: submit → job id → progress (best score over time) → outcome, or cancel. The
 * registry lives here; at most two solves run at once (the machines qbank targets have few cores).
 */
@Service
public class AssemblyJobs {

    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "qbank-assembly");
        t.setDaemon(true);
        return t;
    });
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    public UUID submit(Actor actor, long institutionId, AssemblyRequest request, AssemblyOptions options) {
        return start(actor, institutionId, 0, listener -> PaperAssembler.assemble(request, options, listener));
    }

    /**
     * A batch form with 备用卷: the request's papers are solved together (pairwise overlap within the batch limit
     * for every pair, spares included); the last {@code spares} of them are the spares.
     */
    public UUID submit(Actor actor, long institutionId, AssemblyRequest request, AssemblyOptions options, int spares) {
        requireSpares(spares, request.paperCount());
        return start(actor, institutionId, spares, listener -> PaperAssembler.assemble(request, options, listener));
    }

    /** A skill paper (操作技能) as a job: same life cycle, one paper. */
    public UUID submitSkill(Actor actor, long institutionId, SkillRequest request, AssemblyOptions options) {
        return start(actor, institutionId, 0, listener -> SkillAssembler.assemble(request, options, listener));
    }

    /**
     * A batch form of skill papers with 备用卷: {@code papers} skill papers, each within the batch overlap limit of
     * every other ({@link SkillAssembler#assemble(SkillRequest, int, AssemblyOptions, SolveListener)}); the last
     * {@code spares} of them are the spares.
     */
    public UUID submitSkill(Actor actor, long institutionId, SkillRequest request, AssemblyOptions options, int papers,
                            int spares) {
        requireSpares(spares, papers);
        return start(actor, institutionId, spares, listener -> SkillAssembler.assemble(request, papers, options, listener));
    }

    private static void requireSpares(int spares, int papers) {
        if (spares < 0 || spares >= papers) {
            throw org.qbank.bank.common.RuleViolationException.of("spares", "备用卷数量须在 0 到 " + (papers - 1)
                    + " 之间: " + spares);
        }
    }

    private UUID start(Actor actor, long institutionId, int spares, Function<SolveListener, AssemblyOutcome> solve) {
        actor.requireRole("组卷", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        actor.requireInstitution(institutionId, "评价机构", institutionId);
        Job job = new Job(UUID.randomUUID(), institutionId, spares);
        jobs.put(job.id, job);
        pool.submit(() -> job.run(solve));
        return job.id;
    }

    public JobStatus status(Actor actor, UUID id) {
        return visible(actor, id).snapshot();
    }

    /** Stops the solve; the job ends with the best result found so far. */
    public JobStatus cancel(Actor actor, UUID id) {
        Job job = visible(actor, id);
        job.cancel();
        return job.snapshot();
    }

    /** Forgets a finished job. */
    public void remove(Actor actor, UUID id) {
        Job job = visible(actor, id);
        job.cancel();
        jobs.remove(id);
    }

    @PreDestroy
    void shutdown() {
        jobs.values().forEach(Job::cancel);
        pool.shutdownNow();
    }

    private Job visible(Actor actor, UUID id) {
        Job job = jobs.get(id);
        if (job == null) {
            throw NotFoundException.of("组卷任务", id);
        }
        actor.requireInstitution(job.institutionId, "组卷任务", id);
        return job;
    }

    private static final class Job implements SolveListener {
        final UUID id;
        final long institutionId;
        final int spares;
        private final List<Progress> progress = new ArrayList<>();
        private JobState state = JobState.QUEUED;
        private Solver<?> solver;
        private boolean cancelRequested;
        private AssemblyOutcome outcome;
        private String error;

        Job(UUID id, long institutionId, int spares) {
            this.id = id;
            this.institutionId = institutionId;
            this.spares = spares;
        }

        void run(Function<SolveListener, AssemblyOutcome> solve) {
            synchronized (this) {
                if (cancelRequested) {
                    state = JobState.CANCELLED;
                    return;
                }
                state = JobState.SOLVING;
            }
            try {
                AssemblyOutcome result = solve.apply(this);
                synchronized (this) {
                    outcome = result;
                    state = cancelRequested ? JobState.CANCELLED : JobState.DONE;
                }
            } catch (RuntimeException e) {
                synchronized (this) {
                    error = e.getMessage();
                    state = JobState.FAILED;
                }
            }
        }

        @Override
        public synchronized void started(Solver<?> s) {
            solver = s;
            if (cancelRequested) {
                s.terminateEarly();
            }
        }

        @Override
        public synchronized void improved(Duration elapsed, String score, boolean feasible) {
            progress.add(new Progress(elapsed.toMillis(), score, feasible));
            if (cancelRequested && solver != null) {
                solver.terminateEarly(); // a request made before solving began is reset when it starts
            }
        }

        synchronized void cancel() {
            cancelRequested = true;
            if (solver != null) {
                solver.terminateEarly();
            }
            if (state == JobState.QUEUED) {
                state = JobState.CANCELLED;
            }
        }

        synchronized JobStatus snapshot() {
            return new JobStatus(id, institutionId, state, progress, outcome, error, spares);
        }
    }
}
