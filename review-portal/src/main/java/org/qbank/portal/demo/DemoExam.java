package org.qbank.portal.demo;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import org.qbank.bank.plan.SessionDetails;
import org.qbank.bank.plan.StaffMember;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's exam: a saved blueprint the demo bank can satisfy, and an approved batch (see {@link DemoBatches})
 * whose one theory session T1 starts two hours after start-up.
 */
@Component
@Profile("demo")
class DemoExam {

    static final String BLUEPRINT = "电工三级理论 演示方案";

    private final ItemCatalog catalog;
    private final OccupationService occupations;
    private final BlueprintService blueprints;
    private final BankInputs inputs;
    private final DemoBatches batches;

    DemoExam(ItemCatalog catalog, OccupationService occupations, BlueprintService blueprints, BankInputs inputs,
             DemoBatches batches) {
        this.catalog = catalog;
        this.occupations = occupations;
        this.blueprints = blueprints;
        this.inputs = inputs;
        this.batches = batches;
    }

    DemoBatches.Filed ensure(long institutionId, Actor admin, Actor approver) {
        if (blueprints.list(admin, institutionId).stream().noneMatch(b -> b.blueprint().name().equals(BLUEPRINT))) {
            Blueprint blueprint = blueprint(institutionId);
            blueprints.save(admin, institutionId, blueprint, inputs.tree(admin, institutionId, blueprint)
                    .map(t -> t.tree()).orElse(null));
        }
        return batches.ensure(institutionId, admin, approver, "DEMO-",
                start -> new SessionDetails("T1", start, 120, "第1考场", 24, Level.THREE, Subject.THEORY),
                List.of(StaffMember.proctor("演示监考甲", "T1"), StaffMember.proctor("演示监考乙", "T1")),
                "演示数据: 场次在启动两小时后开始, 以便立即抽卷");
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
