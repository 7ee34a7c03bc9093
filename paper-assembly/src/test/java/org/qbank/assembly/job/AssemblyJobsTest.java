package org.qbank.assembly.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.draw.JobFixtures;
import org.qbank.assembly.draw.Verdict;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.NotFoundException;

class AssemblyJobsTest {

    private final AssemblyJobs jobs = new AssemblyJobs();
    private final Actor admin = new Actor(1, "exam", Set.of(Role.EXAM_ADMIN), Set.of(10L));

    @AfterEach
    void stop() {
        jobs.shutdown();
    }

    private JobStatus await(UUID id, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        JobStatus s = jobs.status(admin, id);
        while (s.state() != JobState.DONE && s.state() != JobState.CANCELLED && s.state() != JobState.FAILED
                && System.nanoTime() < end) {
            Thread.sleep(20);
            s = jobs.status(admin, id);
        }
        return s;
    }

    @Test
    void aSubmittedJobReportsProgressAndEndsWithItsPaper() throws Exception {
        AssemblyRequest request = JobFixtures.smallRequest(5);
        UUID id = jobs.submit(admin, 10L, request, AssemblyOptions.firstFeasible(Duration.ofSeconds(10)));
        JobStatus done = await(id, Duration.ofSeconds(30));
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.outcome().verdict()).isEqualTo(Verdict.ASSEMBLED);
        assertThat(done.progress()).isNotEmpty();
        assertThat(done.progress().get(done.progress().size() - 1).feasible()).isTrue();
    }

    @Test
    void cancellingEndsTheSolveWithTheBestFoundSoFar() throws Exception {
        AssemblyRequest request = JobFixtures.smallRequest(6);
        // would polish for 60 s without a cancel
        UUID id = jobs.submit(admin, 10L, request,
                new AssemblyOptions(Duration.ofSeconds(60), Duration.ofSeconds(60), false));
        long start = System.nanoTime();
        while (jobs.status(admin, id).progress().isEmpty()) {
            Thread.sleep(20);
        }
        jobs.cancel(admin, id);
        JobStatus s = await(id, Duration.ofSeconds(20));
        assertThat(s.state()).isEqualTo(JobState.CANCELLED);
        assertThat(s.outcome().verdict()).isEqualTo(Verdict.ASSEMBLED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void anotherInstitutionsJobIsNotFound() {
        UUID id = jobs.submit(admin, 10L, JobFixtures.smallRequest(7), AssemblyOptions.firstFeasible(Duration.ofSeconds(5)));
        Actor stranger = new Actor(2, "other", Set.of(Role.EXAM_ADMIN), Set.of(11L));
        assertThatThrownBy(() -> jobs.status(stranger, id)).isInstanceOf(NotFoundException.class);
        assertThat(List.of(jobs.status(admin, id).institutionId())).containsExactly(10L);
    }

    @Test
    void aBatchFormWithSparesKeepsThePairwiseLimitForEveryPaperAndSaysWhichAreSpares() throws Exception {
        AssemblyRequest request = org.qbank.assembly.draw.JobFixtures.smallBatch(3, 9);
        UUID id = jobs.submit(admin, 10L, request, AssemblyOptions.firstFeasible(Duration.ofSeconds(20)), 1);
        JobStatus done = await(id, Duration.ofSeconds(60));
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.spares()).isEqualTo(1);
        var papers = done.outcome().papers();
        assertThat(papers).hasSize(3);
        int size = papers.get(0).items().size();
        int limit = org.qbank.assembly.blueprint.ExposurePolicy.defaults().allowedWithinBatch(size);
        for (int a = 0; a < papers.size(); a++) {
            for (int b = a + 1; b < papers.size(); b++) {
                var ids = new java.util.HashSet<>(papers.get(a).items().stream().map(p -> p.itemId()).toList());
                long shared = papers.get(b).items().stream().filter(p -> ids.contains(p.itemId())).count();
                assertThat(shared).as("papers %d and %d", a, b).isLessThanOrEqualTo(limit);
            }
        }
        assertThatThrownBy(() -> jobs.submit(admin, 10L, request, AssemblyOptions.firstFeasible(Duration.ofSeconds(5)), 3))
                .isInstanceOf(org.qbank.bank.common.RuleViolationException.class);
    }
}
