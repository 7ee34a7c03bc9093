package org.qbank.bank.plan;

import java.time.Instant;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.springframework.stereotype.Component;

/** Appends the submitted plan and every later amendment, with snapshots, to the batch's trail. */
@Component
class AmendmentTrail {

    private final BatchAmendments amendments;

    AmendmentTrail(BatchAmendments amendments) {
        this.amendments = amendments;
    }

    void submission(Batch batch, Actor actor, Instant at, String note) {
        amendments.save(new BatchAmendment(batch.getId(), 0, BatchAmendment.Kind.SUBMISSION, note, actor.userId(),
                actor.username(), at, batch.getState(), null, PlanDiff.json(batch.snapshot())));
    }

    void amendment(Batch batch, Actor actor, Instant at, String reason, String before, String after) {
        amendments.save(new BatchAmendment(batch.getId(), batch.getAmendmentCount(), BatchAmendment.Kind.AMENDMENT,
                reason, actor.userId(), actor.username(), at, batch.getState(), before, after));
    }

    /** The JSON snapshot after each entry, oldest first. */
    List<String> snapshots(long batchId) {
        return amendments.findByBatchIdOrderByNumber(batchId).stream().map(BatchAmendment::afterSnapshot).toList();
    }

    List<AmendmentView> history(long batchId) {
        return amendments.findByBatchIdOrderByNumber(batchId).stream().map(BatchAmendment::view).toList();
    }
}
