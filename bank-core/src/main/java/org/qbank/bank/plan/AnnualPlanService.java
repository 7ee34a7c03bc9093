package org.qbank.bank.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.config.BankCoreConfiguration;
import org.qbank.bank.hash.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年度工作计划 per institution and year, and the demand it puts on the bank ({@link #demand}) for the supply
 * forecast. EXAM_ADMIN and INSTITUTION_ADMIN write; saving is audited under entity type {@code annual_plan}.
 */
@Service
public class AnnualPlanService {

    private final AnnualPlans plans;
    private final Batches batches;
    private final BatchViews views;
    private final AuditLog audit;
    private final Clock clock;

    AnnualPlanService(AnnualPlans plans, Batches batches, BatchViews views, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.batches = batches;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AnnualPlanView save(Actor actor, SaveAnnualPlan command) {
        actor.requireInstitution(command.institutionId(), "机构", command.institutionId());
        actor.requireRole("编制年度计划", Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN);
        AnnualPlan plan = plans.findByInstitutionIdAndYear(command.institutionId(), command.year())
                .orElseGet(() -> new AnnualPlan(command.institutionId(), command.year()));
        if (plan.getId() != null && command.expectedVersion() != null && plan.getVersion() != command.expectedVersion()) {
            throw ConflictException.staleVersion(command.year() + " 年度计划", plan.getId(), command.expectedVersion(),
                    plan.getVersion());
        }
        String before = plan.getId() == null ? null : hash(plan.lines());
        plan.replace(command.lines(), clock.instant().truncatedTo(ChronoUnit.SECONDS), actor.username());
        plan = plans.saveAndFlush(plan);
        audit.record(AuditEvent.of(command.institutionId(), actor, "ANNUAL_PLAN_SAVED", "annual_plan", plan.getId())
                .withVersion(plan.getRevision()).withHashes(before, hash(plan.lines()))
                .withDetail(command.year() + " 年度计划: " + command.lines().size() + " 项"));
        return view(plan);
    }

    @Transactional(readOnly = true)
    public Optional<AnnualPlanView> get(Actor actor, long institutionId, int year) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        return plans.findByInstitutionIdAndYear(institutionId, year).map(this::view);
    }

    /**
     * The year's demand per occupation / work type / level / subject: planned sessions and candidates, and the
     * sessions already scheduled in (not cancelled) batches that start in that year. Empty without a plan.
     */
    @Transactional(readOnly = true)
    public List<PlannedDemand> demand(Actor actor, long institutionId, int year) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        Optional<AnnualPlan> plan = plans.findByInstitutionIdAndYear(institutionId, year);
        if (plan.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> scheduled = scheduledSessions(institutionId, year);
        return plan.get().lines().stream().map(l -> new PlannedDemand(l.occupationCode(), l.workType(), l.level(),
                l.subject(), l.batches(), l.sessions(), l.candidates(), scheduled.getOrDefault(l.key(), 0))).toList();
    }

    private Map<String, Integer> scheduledSessions(long institutionId, int year) {
        Map<String, Integer> counts = new HashMap<>();
        for (Batch b : batches.findByInstitutionIdOrderByCreatedAtDescIdDesc(institutionId)) {
            if (b.getState() == BatchState.CANCELLED) {
                continue;
            }
            for (SessionView s : views.view(b).sessions()) {
                if (LocalDate.ofInstant(s.startsAt(), BankCoreConfiguration.ZONE).getYear() == year) {
                    String key = new PlannedLine(s.occupationCode(), s.workType(), s.level(), s.subject(), 0, 0, 0,
                            null).key();
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private AnnualPlanView view(AnnualPlan p) {
        return new AnnualPlanView(p.getId(), p.getInstitutionId(), p.getYear(), p.getRevision(), p.getVersion(),
                p.getUpdatedAt(), p.lines());
    }

    private static String hash(List<PlannedLine> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l.key()).append('|').append(l.batches()).append('|').append(l.sessions())
                .append('|').append(l.candidates()).append('|').append(l.note()).append('\n'));
        return Sha256.hex(sb.toString());
    }
}
