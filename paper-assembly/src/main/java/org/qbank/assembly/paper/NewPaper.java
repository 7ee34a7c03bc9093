package org.qbank.assembly.paper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.draw.AssembledPaper;
import org.qbank.assembly.draw.PickedItem;
import org.qbank.assembly.paper.Paper.PaperScope;

/**
 * Command: keep an assembled paper as a DRAFT. The overlap policy travels with it so issuing can re-check it.
 */
public record NewPaper(long institutionId, PaperScope scope, String blueprintName, List<PaperItem> items,
                       BigDecimal maxEarlierOverlap, int lookBackMonths) {

    public NewPaper {
        items = List.copyOf(items);
    }

    public static NewPaper of(long institutionId, Blueprint blueprint, AssembledPaper paper) {
        List<PaperItem> items = new ArrayList<>();
        List<PickedItem> picked = paper.items();
        for (int i = 0; i < picked.size(); i++) {
            PickedItem p = picked.get(i);
            items.add(new PaperItem(i + 1, p.itemId(), p.itemCode(), p.versionId()));
        }
        return new NewPaper(institutionId, new PaperScope(blueprint.occupationCode(), blueprint.workType(),
                blueprint.level(), blueprint.subject()), blueprint.name(), items,
                blueprint.exposure().maxEarlierOverlap(), blueprint.exposure().lookBackMonths());
    }
}
