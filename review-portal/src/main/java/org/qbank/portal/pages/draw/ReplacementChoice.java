package org.qbank.portal.pages.draw;

import java.util.ArrayList;
import java.util.List;

import org.qbank.assembly.blueprint.SavedBlueprint;
import org.qbank.assembly.blueprint.SavedSkillBlueprint;
import org.qbank.assembly.paper.Paper;
import org.qbank.assembly.session.Replacement;
import org.qbank.bank.common.RuleViolationException;

/**
 * One source the replacement form offers, as the form's value ({@code spare:12}, {@code blueprint:3},
 * {@code skill:4}) and its label. Spares come first: a kept 备用卷 is issued at once, a fresh paper is solved.
 */
record ReplacementChoice(String value, String label) {

    static List<ReplacementChoice> all(List<Paper> spares, List<SavedBlueprint> blueprints,
                                       List<SavedSkillBlueprint> skillBlueprints) {
        List<ReplacementChoice> out = new ArrayList<>();
        spares.forEach(p -> out.add(new ReplacementChoice("spare:" + p.id(), "备用卷 试卷 " + p.id() + " ("
                + p.blueprintName() + ", " + p.items().size() + " 题)")));
        blueprints.forEach(b -> out.add(new ReplacementChoice("blueprint:" + b.id(), "重新组卷: " + b.blueprint().name())));
        skillBlueprints.forEach(b -> out.add(new ReplacementChoice("skill:" + b.id(), "重新组卷: " + b.blueprint().name())));
        return out;
    }

    /** The form value as the replacement source; a missing or unknown value is refused beside the choice. */
    static Replacement parse(String value) {
        String[] parts = value == null ? new String[0] : value.split(":", 2);
        if (parts.length == 2 && parts[1].matches("\\d{1,18}")) {
            long id = Long.parseLong(parts[1]);
            switch (parts[0]) {
                case "spare" -> {
                    return new Replacement.Spare(id);
                }
                case "blueprint" -> {
                    return new Replacement.Fresh(id);
                }
                case "skill" -> {
                    return new Replacement.FreshSkill(id);
                }
                default -> {
                }
            }
        }
        throw RuleViolationException.of("source", "请选择替换来源: 备用卷, 或用于重新组卷的组卷方案"
                + " (本场次没有备用卷时须重新组卷)");
    }
}
