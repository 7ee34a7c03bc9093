package org.qbank.portal.pages.draw;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.qbank.bank.audit.AuditRecord;

/** An audit line of a session's papers, with the action named in Chinese. */
record PaperTrail(Instant at, String user, String action, String paperId, String detail) {

    private static final Map<String, String> ACTIONS = Map.of(
            "PAPER_DRAFTED", "组卷 (草稿)",
            "PAPER_DRAWN", "抽卷",
            "PAPER_ISSUED", "发放",
            "PAPER_VOIDED", "作废",
            "PAPER_REPLACED", "替换",
            "PAPER_USED", "已使用");

    static List<PaperTrail> of(List<AuditRecord> records) {
        return records.stream().map(r -> new PaperTrail(r.at(), r.actorName(), ACTIONS.getOrDefault(r.action(), r.action()),
                r.entityId(), r.detail())).toList();
    }
}
