package org.qbank.bank.plan;

import java.time.Clock;
import java.time.LocalDate;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.config.BankCoreConfiguration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of a batch's records (seeds/000 Art. 23: electronic records ≥ 5 years). qbank has no delete operation
 * for batches, sessions, staff or amendments, and JPA removal of a batch is refused by the entity itself; this guard
 * is what any future archive or purge job must ask first.
 */
@Service
public class BatchRetention {

    private final BatchService batches;
    private final PlanPolicy policy;
    private final Clock clock;

    BatchRetention(BatchService batches, PlanPolicy policy, Clock clock) {
        this.batches = batches;
        this.policy = policy;
        this.clock = clock;
    }

    /** The last day the batch's records must be kept: its last session (or its creation) plus the retention years. */
    @Transactional(readOnly = true)
    public LocalDate retainedUntil(Actor actor, long batchId) {
        return retainedUntil(batches.load(actor, batchId));
    }

    /** Throws while the batch is inside retention; returns only once the period is over. */
    @Transactional(readOnly = true)
    public void refuseDeletion(Actor actor, long batchId) {
        Batch batch = batches.load(actor, batchId);
        LocalDate until = retainedUntil(batch);
        LocalDate today = LocalDate.ofInstant(clock.instant(), BankCoreConfiguration.ZONE);
        if (!today.isAfter(until)) {
            throw new ConflictException("retention", "批次 " + batch.getCode() + " 的记录须保存至 " + until
                    + " (最后一场考试后 " + policy.retentionYears() + " 年), 保存期内不能删除");
        }
    }

    private LocalDate retainedUntil(Batch batch) {
        LocalDate last = batch.lastSessionDate(BankCoreConfiguration.ZONE)
                .orElse(LocalDate.ofInstant(batch.getCreatedAt(), BankCoreConfiguration.ZONE));
        return last.plusYears(policy.retentionYears());
    }
}
