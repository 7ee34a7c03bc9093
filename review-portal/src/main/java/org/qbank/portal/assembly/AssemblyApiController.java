package org.qbank.portal.assembly;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.qbank.assembly.bank.BankCheck;
import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.bank.BankTree;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.blueprint.SkillBlueprintService;
import org.qbank.assembly.blueprint.SavedBlueprint;
import org.qbank.assembly.blueprint.SavedSkillBlueprint;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.draw.AssembledPaper;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.forecast.SupplyForecast;
import org.qbank.assembly.forecast.SupplyForecaster;
import org.qbank.assembly.job.AssemblyJobs;
import org.qbank.assembly.job.JobStatus;
import org.qbank.assembly.paper.NewPaper;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.skill.SkillAssembler;
import org.qbank.assembly.skill.SkillRequest;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Blueprints (组卷方案, theory and 操作技能), the counting feasibility check, the supply forecast and asynchronous
 * assembly jobs. Drawing
 * for a session and the paper lifecycle are in {@code portal.paper}.
 */
@RestController
@PreAuthorize("hasAnyRole('EXAM_ADMIN','INSTITUTION_ADMIN')")
class AssemblyApiController {

    private final BlueprintService blueprints;
    private final SkillBlueprintService skillBlueprints;
    private final BankInputs inputs;
    private final BankCheck check;
    private final AssemblyJobs jobs;
    private final PaperService papers;

    AssemblyApiController(BlueprintService blueprints, SkillBlueprintService skillBlueprints, BankInputs inputs,
                          BankCheck check, AssemblyJobs jobs, PaperService papers) {
        this.blueprints = blueprints;
        this.skillBlueprints = skillBlueprints;
        this.inputs = inputs;
        this.check = check;
        this.jobs = jobs;
        this.papers = papers;
    }

    @GetMapping("/api/v1/institutions/{institutionId}/blueprints")
    List<SavedBlueprint> list(Actor actor, @PathVariable long institutionId) {
        return blueprints.list(actor, institutionId);
    }

    /** Saves a blueprint after validating it against the institution's 细目表 (422 naming every problem). */
    @PostMapping("/api/v1/institutions/{institutionId}/blueprints")
    @ResponseStatus(HttpStatus.CREATED)
    SavedBlueprint save(Actor actor, @PathVariable long institutionId, @RequestBody Blueprint blueprint) {
        return blueprints.save(actor, institutionId, blueprint,
                inputs.tree(actor, institutionId, blueprint).map(BankTree::tree).orElse(null));
    }

    @GetMapping("/api/v1/blueprints/{id}")
    SavedBlueprint get(Actor actor, @PathVariable long id) {
        return blueprints.get(actor, id);
    }

    /** Counting check against the bank: exact shortfalls, answered without solving. */
    @PostMapping("/api/v1/blueprints/{id}/check")
    BankCheck.Result check(Actor actor, @PathVariable long id) {
        SavedBlueprint saved = blueprints.get(actor, id);
        return check.check(actor, saved.institutionId(), saved.blueprint());
    }

    /** How many more fresh papers the bank supports under the blueprint's policy, and what runs out first. */
    @GetMapping("/api/v1/blueprints/{id}/forecast")
    SupplyForecast forecast(Actor actor, @PathVariable long id) {
        SavedBlueprint saved = blueprints.get(actor, id);
        return SupplyForecaster.forecast(inputs.request(actor, saved.institutionId(), saved.blueprint(), 1, 1L));
    }

    @PostMapping("/api/v1/blueprints/{id}/jobs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, UUID> submit(Actor actor, @PathVariable long id, @Valid @RequestBody JobRequest request) {
        SavedBlueprint saved = blueprints.get(actor, id);
        long seed = request.seed() == null ? System.nanoTime() : request.seed();
        Duration limit = Duration.ofSeconds(request.timeLimitSeconds() == null ? 60 : request.timeLimitSeconds());
        UUID job = jobs.submit(actor, saved.institutionId(),
                inputs.request(actor, saved.institutionId(), saved.blueprint(), request.papers() + request.spareCount(), seed),
                AssemblyOptions.firstFeasible(limit), request.spareCount());
        return Map.of("jobId", job);
    }

    @GetMapping("/api/v1/assembly-jobs/{jobId}")
    JobView status(Actor actor, @PathVariable UUID jobId) {
        return JobView.of(jobs.status(actor, jobId));
    }

    @PostMapping("/api/v1/assembly-jobs/{jobId}/cancel")
    JobView cancel(Actor actor, @PathVariable UUID jobId) {
        return JobView.of(jobs.cancel(actor, jobId));
    }

    @GetMapping("/api/v1/institutions/{institutionId}/skill-blueprints")
    List<SavedSkillBlueprint> listSkill(Actor actor, @PathVariable long institutionId) {
        return skillBlueprints.listSkill(actor, institutionId);
    }

    /** Saves a 操作技能 blueprint after validating it against the institution's skill 细目表 (422 naming every problem). */
    @PostMapping("/api/v1/institutions/{institutionId}/skill-blueprints")
    @ResponseStatus(HttpStatus.CREATED)
    SavedSkillBlueprint saveSkill(Actor actor, @PathVariable long institutionId, @RequestBody SkillBlueprint blueprint) {
        return skillBlueprints.saveSkill(actor, institutionId, blueprint,
                inputs.skillTree(actor, institutionId, blueprint).map(BankTree::tree).orElse(null));
    }

    @GetMapping("/api/v1/skill-blueprints/{id}")
    SavedSkillBlueprint getSkill(Actor actor, @PathVariable long id) {
        return skillBlueprints.getSkill(actor, id);
    }

    /** Counting check of a skill blueprint against the bank: exact shortfalls, without solving. */
    @PostMapping("/api/v1/skill-blueprints/{id}/check")
    SkillCheckView checkSkill(Actor actor, @PathVariable long id) {
        SavedSkillBlueprint saved = skillBlueprints.getSkill(actor, id);
        SkillRequest request = inputs.skillRequest(actor, saved.institutionId(), saved.blueprint(), 1L);
        return new SkillCheckView(request.tasks().size(), SkillAssembler.shortfalls(request));
    }

    /**
     * Submits a skill-paper job (202 with its id): {@code papers} skill papers and {@code spares} 备用卷, each pair
     * within the batch overlap limit; progress and result as for theory jobs.
     */
    @PostMapping("/api/v1/skill-blueprints/{id}/jobs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, UUID> submitSkill(Actor actor, @PathVariable long id, @Valid @RequestBody JobRequest request) {
        SavedSkillBlueprint saved = skillBlueprints.getSkill(actor, id);
        long seed = request.seed() == null ? System.nanoTime() : request.seed();
        Duration limit = Duration.ofSeconds(request.timeLimitSeconds() == null ? 60 : request.timeLimitSeconds());
        UUID job = jobs.submitSkill(actor, saved.institutionId(),
                inputs.skillRequest(actor, saved.institutionId(), saved.blueprint(), seed),
                AssemblyOptions.firstFeasible(limit), request.papers() + request.spareCount(), request.spareCount());
        return Map.of("jobId", job);
    }

    /** Keeps a finished skill job's papers as unissued drafts, its last ones as 备用卷 when it had spares. */
    @PostMapping("/api/v1/skill-blueprints/{id}/jobs/{jobId}/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    List<Long> keepSkill(Actor actor, @PathVariable long id, @PathVariable UUID jobId) {
        SavedSkillBlueprint saved = skillBlueprints.getSkill(actor, id);
        return keep(actor, jobId, p -> NewPaper.ofSkill(saved.institutionId(), saved.blueprint(), p));
    }

    private List<AssembledPaper> finished(Actor actor, UUID jobId) {
        JobStatus s = jobs.status(actor, jobId);
        if (JobView.papers(s).isEmpty()) {
            throw RuleViolationException.of("jobId", "组卷任务 " + jobId + " 没有满足全部硬性规则的试卷 (" + s.state() + ")");
        }
        return JobView.papers(s);
    }

    /**
     * Keeps a finished job's papers as unissued drafts (ids returned, in job order); the job's last papers are
     * kept as 备用卷 when it was submitted with spares. Issuing is per session.
     */
    @PostMapping("/api/v1/blueprints/{id}/jobs/{jobId}/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    List<Long> keep(Actor actor, @PathVariable long id, @PathVariable UUID jobId) {
        SavedBlueprint saved = blueprints.get(actor, id);
        return keep(actor, jobId, p -> NewPaper.of(saved.institutionId(), saved.blueprint(), p));
    }

    private List<Long> keep(Actor actor, UUID jobId, java.util.function.Function<AssembledPaper, NewPaper> paper) {
        List<AssembledPaper> done = finished(actor, jobId);
        int firstSpare = done.size() - jobs.status(actor, jobId).spares();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            NewPaper p = paper.apply(done.get(i));
            ids.add(i < firstSpare ? papers.saveDraft(actor, p) : papers.saveSpare(actor, p));
        }
        return ids;
    }
}
