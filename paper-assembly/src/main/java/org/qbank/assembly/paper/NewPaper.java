package org.qbank.assembly.paper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.draw.AssembledPaper;
import org.qbank.assembly.draw.PickedItem;
import org.qbank.assembly.paper.Paper.PaperScope;
import org.qbank.bank.common.Subject;

/**
 * Command: keep an assembled paper as a DRAFT. The overlap policy travels with it so issuing can re-check it.
 *
 * @param optionSeed when not null, the options of each 单选/多选 question are shuffled with this seed when the
 *                   paper is kept (reproducible: the same seed gives the same orders)
 */
public record NewPaper(long institutionId, PaperScope scope, String blueprintName, List<PaperItem> items,
                       BigDecimal maxEarlierOverlap, int lookBackMonths, Long optionSeed) {

    public NewPaper {
        items = List.copyOf(items);
    }

    /** Options printed as stored. */
    public NewPaper(long institutionId, PaperScope scope, String blueprintName, List<PaperItem> items,
                    BigDecimal maxEarlierOverlap, int lookBackMonths) {
        this(institutionId, scope, blueprintName, items, maxEarlierOverlap, lookBackMonths, null);
    }

    /**
     * A theory paper. When the blueprint shuffles options, the seed is taken from the paper's fingerprint: the
     * same item set always gets the same orders, and no two issued papers share an item set.
     */
    public static NewPaper of(long institutionId, Blueprint blueprint, AssembledPaper paper) {
        Long seed = blueprint.shuffleOptions() ? OptionOrder.seedOf(paper.fingerprint()) : null;
        return new NewPaper(institutionId, new PaperScope(blueprint.occupationCode(), blueprint.workType(),
                blueprint.level(), blueprint.subject()), blueprint.name(), items(paper),
                blueprint.exposure().maxEarlierOverlap(), blueprint.exposure().lookBackMonths(), seed);
    }

    /** A skill paper (科目 操作技能): its tasks in module order, each with its 配分 as drawn. */
    public static NewPaper ofSkill(long institutionId, SkillBlueprint blueprint, AssembledPaper paper) {
        return new NewPaper(institutionId, new PaperScope(blueprint.occupationCode(), blueprint.workType(),
                blueprint.level(), Subject.SKILL), blueprint.name(), items(paper),
                blueprint.exposure().maxEarlierOverlap(), blueprint.exposure().lookBackMonths());
    }

    private static List<PaperItem> items(AssembledPaper paper) {
        List<PaperItem> items = new ArrayList<>();
        List<PickedItem> picked = paper.items();
        for (int i = 0; i < picked.size(); i++) {
            PickedItem p = picked.get(i);
            items.add(new PaperItem(i + 1, p.itemId(), p.itemCode(), p.versionId(), null, p.points()));
        }
        return items;
    }
}
