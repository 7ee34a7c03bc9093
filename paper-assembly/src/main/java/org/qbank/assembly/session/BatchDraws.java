package org.qbank.assembly.session;

import java.util.List;
import java.util.Objects;

import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.paper.PaperService;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.BatchState;
import org.qbank.bank.plan.BatchView;
import org.qbank.bank.plan.SessionView;
import org.springframework.stereotype.Service;

/**
 * A batch form with 备用卷: one paper for every session of an approved (or running) batch that the blueprint fits
 * and that has no live paper yet, plus {@code sparesPerSession} spares for each of them, solved together so the
 * batch's overlap limit holds for every pair. The papers are kept as drafts meant for their sessions (each issued
 * later under the draw rules), the spares as 备用卷.
 */
@Service
public class BatchDraws {

    /** Most spares a session may ask for: enough for a void and its replacement's void. */
    public static final int MAX_SPARES_PER_SESSION = 3;

    private final BatchService batches;
    private final BlueprintService blueprints;
    private final BankInputs inputs;
    private final PaperService papers;

    BatchDraws(BatchService batches, BlueprintService blueprints, BankInputs inputs, PaperService papers) {
        this.batches = batches;
        this.blueprints = blueprints;
        this.inputs = inputs;
        this.papers = papers;
    }

    /**
     * The sessions the papers are meant for (paper i for session i, then the spares) and the request for all of
     * them.
     */
    public record BatchForm(List<SessionView> sessions, int spares, AssemblyRequest request) {
    }

    public BatchForm request(Actor actor, long batchId, long blueprintId, int sparesPerSession, long seed) {
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
        Blueprint b = blueprints.get(actor, blueprintId).blueprint();
        List<SessionView> sessions = batch.sessions().stream()
                .filter(s -> s.level() == b.level() && s.subject() == b.subject()
                        && s.occupationCode().equals(b.occupationCode())
                        && Objects.equals(blank(s.workType()), blank(b.workType())))
                .filter(s -> papers.issuedTo(actor, s.id()).isEmpty())
                .toList();
        if (sessions.isEmpty()) {
            throw RuleViolationException.of("batchId", "批次 " + batch.code() + " 没有与组卷方案 " + b.name() + " ("
                    + b.level().grade() + b.subject().displayName() + ") 相符且尚未发放试卷的场次");
        }
        int spares = sessions.size() * sparesPerSession;
        return new BatchForm(sessions, spares,
                inputs.request(actor, batch.institutionId(), b, sessions.size() + spares, seed));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
