package org.qbank.assembly.session;

import java.util.List;
import java.util.Objects;

import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.blueprint.SkillBlueprintService;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.skill.SkillRequest;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.BatchState;
import org.qbank.bank.plan.BatchView;
import org.qbank.bank.plan.SessionView;
import org.springframework.stereotype.Service;

/**
 * A batch form with 备用卷: one paper for every session of an approved (or running) batch that the blueprint fits
 * and that has no live paper yet, plus {@code sparesPerSession} spares for each of them, solved together so the
 * batch's overlap limit holds for every pair. The papers are kept as drafts meant for their sessions (each issued
 * later under the draw rules), the spares as 备用卷. Theory (理论知识) and skill (操作技能) blueprints alike.
 */
@Service
public class BatchDraws {

    /** Most spares a session may ask for: enough for a void and its replacement's void. */
    public static final int MAX_SPARES_PER_SESSION = 3;

    private final BatchService batches;
    private final BlueprintService blueprints;
    private final SkillBlueprintService skillBlueprints;
    private final BankInputs inputs;
    private final PaperService papers;

    BatchDraws(BatchService batches, BlueprintService blueprints, SkillBlueprintService skillBlueprints,
               BankInputs inputs, PaperService papers) {
        this.batches = batches;
        this.blueprints = blueprints;
        this.skillBlueprints = skillBlueprints;
        this.inputs = inputs;
        this.papers = papers;
    }

    /**
     * The sessions the papers are meant for (paper i for session i, then the spares) and the request for all of
     * them.
     */
    public record BatchForm(List<SessionView> sessions, int spares, AssemblyRequest request) {
    }

    /**
     * A skill batch form: the sessions the papers are meant for (paper i for session i, then the spares), and the
     * request of its first paper; {@link #papers()} are solved one after another.
     */
    public record SkillBatchForm(List<SessionView> sessions, int spares, SkillRequest request) {

        /** Papers to solve: one per session and the spares. */
        public int papers() {
            return sessions.size() + spares;
        }
    }

    public BatchForm request(Actor actor, long batchId, long blueprintId, int sparesPerSession, long seed) {
        BatchView batch = drawableBatch(actor, sparesPerSession, batchId);
        Blueprint b = blueprints.get(actor, blueprintId).blueprint();
        List<SessionView> sessions = sessions(actor, batch, b.name(), b.occupationCode(), b.workType(), b.level(),
                b.subject());
        int spares = sessions.size() * sparesPerSession;
        return new BatchForm(sessions, spares,
                inputs.request(actor, batch.institutionId(), b, sessions.size() + spares, seed));
    }

    /**
     * The skill batch form: the batch's 操作技能 sessions the skill blueprint fits, their spares, and the request.
     * The tasks' total 考核时间 must fit the blueprint and the shortest of those sessions, so that any paper of the
     * form, spares included, fits any of them.
     */
    public SkillBatchForm skillRequest(Actor actor, long batchId, long skillBlueprintId, int sparesPerSession,
                                       long seed) {
        BatchView batch = drawableBatch(actor, sparesPerSession, batchId);
        SkillBlueprint b = skillBlueprints.getSkill(actor, skillBlueprintId).blueprint();
        List<SessionView> sessions = sessions(actor, batch, b.name(), b.occupationCode(), b.workType(), b.level(),
                Subject.SKILL);
        int shortest = sessions.stream().mapToInt(SessionView::durationMinutes).min().orElseThrow();
        return new SkillBatchForm(sessions, sessions.size() * sparesPerSession,
                inputs.skillRequest(actor, batch.institutionId(), b.withDurationAtMost(shortest), seed));
    }

    private BatchView drawableBatch(Actor actor, int sparesPerSession, long batchId) {
        actor.requireRole("抽取试卷", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        if (sparesPerSession < 0 || sparesPerSession > MAX_SPARES_PER_SESSION) {
            throw RuleViolationException.of("sparesPerSession", "每个场次的备用卷须在 0 到 " + MAX_SPARES_PER_SESSION
                    + " 套之间: " + sparesPerSession);
        }
        BatchView batch = batches.get(actor, batchId);
        if (batch.state() != BatchState.APPROVED && batch.state() != BatchState.IN_PROGRESS) {
            throw new DrawRefusedException("batch-not-approved", "批次 " + batch.code() + " 当前为"
                    + batch.state().displayName() + ", 只有已核准或实施中的批次可以抽卷");
        }
        return batch;
    }

    /** The batch's sessions of the blueprint's scope without a live paper; refused when there is none. */
    private List<SessionView> sessions(Actor actor, BatchView batch, String name, String occupationCode,
                                       String workType, Level level, Subject subject) {
        List<SessionView> sessions = batch.sessions().stream()
                .filter(s -> s.level() == level && s.subject() == subject
                        && s.occupationCode().equals(occupationCode)
                        && Objects.equals(blank(s.workType()), blank(workType)))
                .filter(s -> papers.issuedTo(actor, s.id()).isEmpty())
                .toList();
        if (sessions.isEmpty()) {
            throw RuleViolationException.of("batchId", "批次 " + batch.code() + " 没有与组卷方案 " + name + " ("
                    + level.grade() + subject.displayName() + ") 相符且尚未发放试卷的场次");
        }
        return sessions;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
