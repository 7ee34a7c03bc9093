package org.qbank.bank.plan;

import java.util.List;

import org.qbank.bank.audit.AuditRecord;

/**
 * The plan part of a batch's archive: the plan as it stands, its trail (submission and amendments with their
 * changes and full JSON snapshots), and the audit entries about the batch. Papers and keys are added by the code
 * that owns them when the archive zip is written.
 */
public record PlanArchive(ExamPlanView plan, List<AmendmentView> history, List<String> snapshots,
                          List<AuditRecord> audit) {

    public PlanArchive {
        history = List.copyOf(history);
        snapshots = List.copyOf(snapshots);
        audit = List.copyOf(audit);
    }
}
