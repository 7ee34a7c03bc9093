package org.qbank.portal.pages.inspection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qbank.assembly.paper.IssuedFingerprint;
import org.qbank.assembly.paper.Paper;
import org.qbank.assembly.paper.PaperService;
import org.qbank.bank.access.Actor;
import org.qbank.bank.institution.InstitutionInfo;
import org.qbank.bank.institution.InstitutionService;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.BatchView;
import org.qbank.bank.plan.SessionView;
import org.springframework.stereotype.Component;

/**
 * The inspector's compliance view: per institution, every session with the paper issued to it and that paper's
 * fingerprint, and the check that no fingerprint repeats. Metadata only — never a paper's content.
 */
@Component
class ComplianceReport {

    private final InstitutionService institutions;
    private final BatchService batches;
    private final PaperService papers;

    ComplianceReport(InstitutionService institutions, BatchService batches, PaperService papers) {
        this.institutions = institutions;
        this.batches = batches;
        this.papers = papers;
    }

    record Line(String batchCode, String sessionCode, Instant startsAt, String level, String subject, Long paperId,
                String status, String fingerprint, Instant issuedAt) {
    }

    record Section(InstitutionInfo institution, List<Line> lines, int issued, int distinct, List<String> repeated) {
        public boolean clean() {
            return repeated.isEmpty();
        }
    }

    List<Section> build(Actor actor) {
        List<Section> out = new ArrayList<>();
        for (InstitutionInfo inst : institutions.list(actor)) {
            if (!actor.institutionIds().contains(inst.id())) {
                continue;
            }
            List<IssuedFingerprint> issued = papers.issuedFingerprints(actor, inst.id());
            Map<Long, Paper> bySession = new HashMap<>();
            Map<Long, IssuedFingerprint> byPaper = new HashMap<>();
            Set<String> seen = new HashSet<>();
            List<String> repeated = new ArrayList<>();
            for (IssuedFingerprint f : issued) {
                Paper p = papers.find(actor, f.paperId());
                if (p.sessionId() != null) {
                    bySession.put(p.sessionId(), p);
                }
                byPaper.put(f.paperId(), f);
                if (!seen.add(f.fingerprint())) {
                    repeated.add(f.fingerprint());
                }
            }
            List<Line> lines = new ArrayList<>();
            for (BatchView b : batches.list(actor, inst.id())) {
                for (SessionView s : b.sessions()) {
                    Paper p = bySession.get(s.id());
                    IssuedFingerprint f = p == null ? null : byPaper.get(p.id());
                    lines.add(new Line(b.code(), s.code(), s.startsAt(), s.level().grade(), s.subject().displayName(),
                            p == null ? null : p.id(), p == null ? "未发放" : p.status().displayName(),
                            f == null ? null : f.fingerprint(), f == null ? null : f.issuedAt()));
                }
            }
            out.add(new Section(inst, lines, issued.size(), seen.size(), repeated));
        }
        return out;
    }
}
