package org.qbank.assembly.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qbank.assembly.compliance.ComplianceReport.FingerprintProof;
import org.qbank.assembly.compliance.ComplianceReport.OverlapStats;
import org.qbank.assembly.compliance.ComplianceReport.PlanLine;
import org.qbank.assembly.compliance.ComplianceReport.SessionLine;
import org.qbank.assembly.paper.IssuedFingerprint;
import org.qbank.assembly.paper.Paper;
import org.qbank.assembly.paper.PaperItem;
import org.qbank.assembly.paper.PaperService;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.config.BankCoreConfiguration;
import org.qbank.bank.institution.InstitutionService;
import org.qbank.bank.plan.ExamPlanService;
import org.qbank.bank.plan.ExamPlanView;
import org.qbank.bank.plan.SessionView;
import org.qbank.bank.plan.StaffMember;
import org.qbank.bank.plan.StaffRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link ComplianceReport} for INSPECTOR (and the institution's admins) from what the database holds:
 * plans, sessions, issued papers and their fingerprints. It reads paper metadata and item ids only — no content.
 */
@Service
public class ComplianceService {

    static final String UNIQUE_KEY = "issued_fingerprint: UNIQUE (institution_id, fingerprint)";

    private final ExamPlanService plans;
    private final PaperService papers;
    private final InstitutionService institutions;
    private final Clock clock;

    ComplianceService(ExamPlanService plans, PaperService papers, InstitutionService institutions, Clock clock) {
        this.plans = plans;
        this.papers = papers;
        this.institutions = institutions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ComplianceReport report(Actor actor, long institutionId, LocalDate from, LocalDate to) {
        actor.requireRole("查看合规报告", Role.INSPECTOR, Role.INSTITUTION_ADMIN, Role.PLATFORM_ADMIN);
        if (from == null || to == null || to.isBefore(from)) {
            throw RuleViolationException.of("to", "报告期间无效: " + from + " 至 " + to);
        }
        List<ExamPlanView> batches = plans.plansBetween(actor, institutionId, from, to);
        List<SessionLine> lines = new ArrayList<>();
        List<PlanLine> planLines = new ArrayList<>();
        Map<String, List<Paper>> byScope = new LinkedHashMap<>();
        for (ExamPlanView plan : batches) {
            LocalDate first = null;
            for (SessionView s : plan.batch().sessions()) {
                LocalDate day = LocalDate.ofInstant(s.startsAt(), BankCoreConfiguration.ZONE);
                first = first == null || day.isBefore(first) ? day : first;
                if (day.isBefore(from) || day.isAfter(to)) {
                    continue;
                }
                // A voided paper and its replacement are both shown: the inspector sees every issue.
                List<Paper> issuedPapers = papers.issuedToEver(actor, s.id());
                for (Paper p : issuedPapers.isEmpty() ? java.util.Collections.<Paper>singletonList(null) : issuedPapers) {
                    lines.add(new SessionLine(plan.batch().code(), s.code(), s.startsAt(), s.occupationCode(),
                            s.level().grade(), s.subject().displayName(), s.candidates(), s.attended(),
                            p == null ? null : p.id(), p == null ? "未发放" : p.status().displayName(),
                            p == null ? null : p.fingerprint().hex(), p == null ? null : p.issuedAt()));
                    if (p != null) {
                        byScope.computeIfAbsent(scopeKey(p), k -> new ArrayList<>()).add(p);
                    }
                }
            }
            List<String> supervisors = plan.staff().stream().filter(m -> m.role() == StaffRole.SUPERVISOR)
                    .map(StaffMember::name).toList();
            planLines.add(new PlanLine(plan.batch().code(), plan.batch().state().displayName(), plan.filedOn(), first,
                    plan.late(), plan.lateReason(), supervisors));
        }
        lines.sort(Comparator.comparing(SessionLine::startsAt).thenComparing(SessionLine::sessionCode));
        List<IssuedFingerprint> issued = papers.issuedFingerprints(actor, institutionId);
        FingerprintProof proof = new FingerprintProof(issued.size(),
                issued.stream().map(IssuedFingerprint::fingerprint).distinct().count(), UNIQUE_KEY);
        List<OverlapStats> overlaps = byScope.values().stream().map(ComplianceService::overlap).toList();
        String name = institutions.list(actor).stream().filter(i -> i.id() == institutionId).findFirst()
                .map(i -> i.name()).orElse(String.valueOf(institutionId));
        return new ComplianceReport(institutionId, name, from, to, clock.instant(), lines, proof, overlaps, planLines);
    }

    /** DOMAIN §8: between two papers the smaller paper's size is the denominator. */
    static OverlapStats overlap(List<Paper> group) {
        Paper first = group.get(0);
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        int pairs = 0;
        for (int i = 0; i < group.size(); i++) {
            Set<Long> a = ids(group.get(i));
            for (int j = i + 1; j < group.size(); j++) {
                Set<Long> b = ids(group.get(j));
                long shared = a.stream().filter(b::contains).count();
                BigDecimal o = BigDecimal.valueOf(shared).divide(BigDecimal.valueOf(Math.min(a.size(), b.size())), 4,
                        RoundingMode.HALF_UP);
                max = max.max(o);
                sum = sum.add(o);
                pairs++;
            }
        }
        BigDecimal mean = pairs == 0 ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(pairs), 4, RoundingMode.HALF_UP);
        return new OverlapStats(first.scope().occupationCode(), first.scope().workType(),
                first.scope().level().grade(), first.scope().subject().displayName(), group.size(), pairs, max, mean);
    }

    private static Set<Long> ids(Paper p) {
        Set<Long> out = new HashSet<>();
        for (PaperItem i : p.items()) {
            out.add(i.itemId());
        }
        return out;
    }

    private static String scopeKey(Paper p) {
        return p.scope().occupationCode() + "|" + p.scope().workType() + "|" + p.scope().level() + "|" + p.scope().subject();
    }
}
