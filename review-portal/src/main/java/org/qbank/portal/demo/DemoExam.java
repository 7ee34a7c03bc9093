package org.qbank.portal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.blueprint.Distribution;
import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.blueprint.Section;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.EligibleItem;
import org.qbank.bank.item.ItemCatalog;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.plan.AddSession;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.BatchView;
import org.qbank.bank.plan.ChangePlan;
import org.qbank.bank.plan.CreateBatch;
import org.qbank.bank.plan.ExamPlanService;
import org.qbank.bank.plan.PlanEdit;
import org.qbank.bank.plan.PlanFilingService;
import org.qbank.bank.plan.SessionDetails;
import org.qbank.bank.plan.StaffMember;
import org.qbank.bank.plan.StaffRole;
import org.qbank.bank.plan.SubmitPlan;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's exam: a saved blueprint the demo bank can satisfy, and an approved batch whose one session starts two
 * hours after start-up, so its draw window is open at once. Filed "late" with a reason — the demo profile accepts
 * late plans with a reason; a real plan is filed five working days ahead.
 */
@Component
@Profile("demo")
class DemoExam {

    static final String BLUEPRINT = "电工三级理论 演示方案";

    private final ItemCatalog catalog;
    private final OccupationService occupations;
    private final BlueprintService blueprints;
    private final BankInputs inputs;
    private final BatchService batches;
    private final ExamPlanService plans;
    private final PlanFilingService filing;
    private final Clock clock;

    DemoExam(ItemCatalog catalog, OccupationService occupations, BlueprintService blueprints, BankInputs inputs,
             BatchService batches, ExamPlanService plans, PlanFilingService filing, Clock clock) {
        this.catalog = catalog;
        this.occupations = occupations;
        this.blueprints = blueprints;
        this.inputs = inputs;
        this.batches = batches;
        this.plans = plans;
        this.filing = filing;
        this.clock = clock;
    }

    /** What was seeded, for the start-up table. */
    record Outcome(String blueprint, String batch, Instant sessionStart) {
    }

    Outcome ensure(long institutionId, Actor admin, Actor approver) {
        if (blueprints.list(admin, institutionId).stream().noneMatch(b -> b.blueprint().name().equals(BLUEPRINT))) {
            Blueprint blueprint = blueprint(institutionId);
            blueprints.save(admin, institutionId, blueprint, inputs.tree(admin, institutionId, blueprint)
                    .map(t -> t.tree()).orElse(null));
        }
        Instant start = clock.instant().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        String code = "DEMO-" + java.time.LocalDate.ofInstant(start, clock.getZone()).toString().replace("-", "")
                + "-" + java.time.LocalTime.ofInstant(start, clock.getZone()).toString().replace(":", "").substring(0, 4);
        java.util.Optional<BatchView> existing = batches.list(admin, institutionId).stream()
                .filter(b -> b.code().equals(code)).findFirst();
        if (existing.isPresent()) {
            return new Outcome(BLUEPRINT, code, existing.get().sessions().get(0).startsAt());
        }
        BatchView batch = batches.create(admin, new CreateBatch(institutionId, code, DemoTree.OCCUPATION_CODE, null,
                Set.of(Level.THREE), Set.of(Subject.THEORY)));
        batches.addSession(admin, new AddSession(batch.id(), new SessionDetails("T1", start, 120, "第1考场", 24,
                Level.THREE, Subject.THEORY)));
        List<StaffMember> staff = new ArrayList<>();
        staff.add(new StaffMember(StaffRole.CHIEF, "演示考务负责人", null, "考务负责人", null, null, false));
        staff.add(StaffMember.proctor("演示监考甲", "T1"));
        staff.add(StaffMember.proctor("演示监考乙", "T1"));
        staff.add(new StaffMember(StaffRole.SUPERVISOR, "演示督导员", "DD-DEMO-01", "质量督导员", null, null, false));
        plans.change(admin, ChangePlan.draft(batch.id(), new PlanEdit.SetStaff(staff)));
        plans.change(admin, ChangePlan.draft(batch.id(), new PlanEdit.SetSite(DemoSeeder.FILED_SITE, null)));
        filing.submit(admin, new SubmitPlan(batch.id(), "演示数据: 场次在启动两小时后开始, 以便立即抽卷"));
        filing.approve(approver, batch.id(), "演示批次");
        return new Outcome(BLUEPRINT, code, start);
    }

    /** 按题型, one section of the most plentiful approved type, sized to leave the bank room for fresh papers. */
    private Blueprint blueprint(long institutionId) {
        long occupationId = occupations.find(OccupationCode.of(DemoTree.OCCUPATION_CODE)).orElseThrow().getId();
        Map<ItemType, Long> byType = catalog.eligible(institutionId, occupationId, null, Level.THREE,
                Subject.THEORY).stream().collect(Collectors.groupingBy(EligibleItem::type, Collectors.counting()));
        Map.Entry<ItemType, Long> most = byType.entrySet().stream()
                .max(Comparator.comparing((Function<Map.Entry<ItemType, Long>, Long>) Map.Entry::getValue))
                .orElseThrow(() -> new IllegalStateException("演示题库没有已审定的试题"));
        int count = most.getValue() >= 50 ? 25 : most.getValue() >= 20 ? 10 : 5;
        Section section = new Section(most.getKey(), count,
                BigDecimal.valueOf(100).divide(BigDecimal.valueOf(count)));
        return new Blueprint(BLUEPRINT, DemoTree.OCCUPATION_CODE, null, Level.THREE, Subject.THEORY, List.of(section),
                BigDecimal.valueOf(100), 120, Distribution.byType(), null, ExposurePolicy.defaults(), List.of());
    }
}
