package org.qbank.portal.pages.blueprint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.DifficultyTarget;
import org.qbank.assembly.blueprint.Distribution;
import org.qbank.assembly.blueprint.DistributionMode;
import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.blueprint.Section;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.knowledge.KnowledgeTreeView;

/** What the blueprint editor posts (public fields, bound directly); scope comes from the chosen 细目表. */
public class BlueprintForm {

    public String name;
    public Long treeId;
    public DistributionMode mode = DistributionMode.BY_KNOWLEDGE_POINT;
    public int depth = 1;
    public int perPointCap = 1;
    public List<SectionLine> sections = new ArrayList<>();
    public String totalPoints = "100";
    public int durationMinutes = 90;
    public String difficultyMean = "3";
    public String difficultyTolerance = "1";
    public String maxEarlierOverlap = "0.30";
    public int lookBackMonths = 24;

    /** One 题型 row. */
    public static class SectionLine {
        public ItemType type;
        public Integer count;
        public String pointsEach;

        public SectionLine() {
        }

        SectionLine(ItemType type, int count, String pointsEach) {
            this.type = type;
            this.count = count;
            this.pointsEach = pointsEach;
        }
    }

    static BlueprintForm starter() {
        BlueprintForm f = new BlueprintForm();
        f.sections.add(new SectionLine(ItemType.TRUE_FALSE, 20, "2"));
        f.sections.add(new SectionLine(ItemType.SINGLE_CHOICE, 30, "2"));
        return f;
    }

    /** The editor's form for a saved blueprint, on the 细目表 of its scope (null when that tree is gone). */
    static BlueprintForm of(Blueprint b, Long treeId) {
        BlueprintForm f = new BlueprintForm();
        f.name = b.name();
        f.treeId = treeId;
        f.mode = b.distribution().mode();
        f.depth = b.distribution().depth();
        f.perPointCap = b.distribution().perPointCap();
        b.sections().forEach(s -> f.sections.add(new SectionLine(s.type(), s.count(), s.pointsEach().stripTrailingZeros().toPlainString())));
        f.totalPoints = b.totalPoints().stripTrailingZeros().toPlainString();
        f.durationMinutes = b.durationMinutes();
        f.difficultyMean = b.difficulty() == null ? "" : b.difficulty().mean().stripTrailingZeros().toPlainString();
        f.difficultyTolerance = b.difficulty() == null ? "1" : b.difficulty().tolerance().stripTrailingZeros().toPlainString();
        f.maxEarlierOverlap = b.exposure().maxEarlierOverlap().stripTrailingZeros().toPlainString();
        f.lookBackMonths = b.exposure().lookBackMonths();
        return f;
    }

    Blueprint toBlueprint(KnowledgeTreeView tree) {
        return toBlueprint(tree, null);
    }

    /**
     * The blueprint the form describes. What the editor does not show (batch overlap, exposure cap, difficulty
     * bands, enemy groups) is kept from {@code base} when editing, so an edit never resets it to the defaults.
     */
    Blueprint toBlueprint(KnowledgeTreeView tree, Blueprint base) {
        List<Section> parts = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            SectionLine s = sections.get(i);
            if (s == null || s.type == null) {
                continue;
            }
            parts.add(new Section(s.type, s.count == null ? 0 : s.count, number(s.pointsEach, "sections[" + i + "].pointsEach")));
        }
        Distribution distribution = mode == DistributionMode.BY_TYPE ? Distribution.byType()
                : new Distribution(DistributionMode.BY_KNOWLEDGE_POINT, depth, perPointCap);
        BigDecimal mean = blank(difficultyMean) ? null : number(difficultyMean, "difficulty");
        DifficultyTarget difficulty = mean == null ? null
                : new DifficultyTarget(mean, number(difficultyTolerance, "difficulty"),
                        base == null || base.difficulty() == null ? java.util.Map.of() : base.difficulty().bandShares());
        ExposurePolicy exposure = base == null ? ExposurePolicy.defaults() : base.exposure();
        exposure = new ExposurePolicy(number(maxEarlierOverlap, "maxEarlierOverlap"), lookBackMonths,
                exposure.maxBatchOverlap(), exposure.exposureCap(), base == null || exposure.preferLeastUsed());
        return new Blueprint(name == null ? null : name.strip(), tree.occupationCode(), tree.workType(), tree.level(),
                tree.subject(), parts, number(totalPoints, "totalPoints"), durationMinutes, distribution, difficulty,
                exposure, base == null ? List.of() : base.enemyGroups());
    }

    private static BigDecimal number(String text, String field) {
        if (blank(text)) {
            throw RuleViolationException.of(field, "不能为空");
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw RuleViolationException.of(field, "不是数字: " + text);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
