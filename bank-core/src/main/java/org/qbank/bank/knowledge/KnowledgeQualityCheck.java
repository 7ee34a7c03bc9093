package org.qbank.bank.knowledge;

import java.math.BigDecimal;
import java.util.List;

import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;

/**
 * The quality warnings of a 细目表 (they never block). Shares of X/Y/Z count 鉴定点, not items: a tree knows no
 * items. "Theory points ≥ 2 × weight" is read per 鉴定范围: a range of weight w (w % of a paper, i.e. w items of a
 * 100-item paper) should hold at least 2·w 鉴定点, so that one paper uses at most half of them; "≥ 200 per level"
 * is the same rule for the whole tree (one tree is one level): at least 200 鉴定点. Both apply to 理论知识 only.
 */
final class KnowledgeQualityCheck {

    private final KnowledgeQualityRules rules;

    KnowledgeQualityCheck(KnowledgeQualityRules rules) {
        this.rules = rules;
    }

    void warn(Subject subject, List<DraftNode> nodes, int points, int x, int y, int z, List<Violation> warnings) {
        if (points > 0) {
            if (share(x, points).compareTo(rules.minXShare()) < 0) {
                warnings.add(new Violation("重要程度", "X 类鉴定点占 " + KnowledgeTreeValidator.percent(x, points)
                        + " (" + x + "/" + points + "), 建议不低于 " + pct(rules.minXShare())));
            }
            if (share(y, points).compareTo(rules.maxYShare()) > 0) {
                warnings.add(new Violation("重要程度", "Y 类鉴定点占 " + KnowledgeTreeValidator.percent(y, points)
                        + " (" + y + "/" + points + "), 建议不超过 " + pct(rules.maxYShare())));
            }
            if (share(z, points).compareTo(rules.maxZShare()) > 0) {
                warnings.add(new Violation("重要程度", "Z 类鉴定点占 " + KnowledgeTreeValidator.percent(z, points)
                        + " (" + z + "/" + points + "), 建议不超过 " + pct(rules.maxZShare())));
            }
        }
        if (subject != Subject.THEORY) {
            return;
        }
        for (DraftNode n : nodes) {
            if (n.isPoint() || n.weight == null || n.children.isEmpty()) {
                continue;
            }
            BigDecimal needed = rules.pointsPerWeight().multiply(n.weight);
            int have = n.pointsBelow();
            if (BigDecimal.valueOf(have).compareTo(needed) < 0) {
                warnings.add(new Violation(n.display(), n.display() + " 比重 " + KnowledgeTreeValidator.fmt(n.weight)
                        + " 只有 " + have + " 个鉴定点, 建议至少 " + KnowledgeTreeValidator.fmt(needed)
                        + " 个 (比重的 " + KnowledgeTreeValidator.fmt(rules.pointsPerWeight()) + " 倍)"));
            }
        }
        if (points < rules.minTheoryPoints()) {
            warnings.add(new Violation("鉴定点数", "理论知识鉴定点共 " + points + " 个, 建议每个等级至少 "
                    + rules.minTheoryPoints() + " 个"));
        }
    }

    private static BigDecimal share(int part, int whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, java.math.RoundingMode.HALF_UP);
    }

    private static String pct(BigDecimal fraction) {
        return KnowledgeTreeValidator.fmt(fraction.multiply(BigDecimal.valueOf(100))) + "%";
    }
}
