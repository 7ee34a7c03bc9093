package org.qbank.assembly.blueprint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;

/**
 * 组卷方案 of a theory paper: what one paper must contain. Validated by {@link #validate(BlueprintTree)} before
 * it is saved or used.
 *
 * @param enemyGroups    extra 互斥组 beyond the items' own: each set lists item codes that must not share a paper
 * @param shuffleOptions each paper prints the options of its 单选题 and 多选题 in an order of its own, with the
 *                       answer key remapped (off by default; 判断题 are never shuffled)
 */
public record Blueprint(String name, String occupationCode, String workType, Level level, Subject subject,
                        List<Section> sections, BigDecimal totalPoints, int durationMinutes,
                        Distribution distribution, DifficultyTarget difficulty, ExposurePolicy exposure,
                        List<Set<String>> enemyGroups, boolean shuffleOptions) {

    public Blueprint {
        sections = sections == null ? List.of() : List.copyOf(sections);
        enemyGroups = enemyGroups == null ? List.of() : List.copyOf(enemyGroups);
    }

    /** Options printed as stored. */
    public Blueprint(String name, String occupationCode, String workType, Level level, Subject subject,
                     List<Section> sections, BigDecimal totalPoints, int durationMinutes, Distribution distribution,
                     DifficultyTarget difficulty, ExposurePolicy exposure, List<Set<String>> enemyGroups) {
        this(name, occupationCode, workType, level, subject, sections, totalPoints, durationMinutes, distribution,
                difficulty, exposure, enemyGroups, false);
    }

    /** The same blueprint with option shuffling on or off. */
    public Blueprint withShuffleOptions(boolean shuffle) {
        return new Blueprint(name, occupationCode, workType, level, subject, sections, totalPoints, durationMinutes,
                distribution, difficulty, exposure, enemyGroups, shuffle);
    }

    /** The same blueprint with these extra 互斥组 (each set: item codes that must not share a paper). */
    public Blueprint withEnemyGroups(List<Set<String>> groups) {
        return new Blueprint(name, occupationCode, workType, level, subject, sections, totalPoints, durationMinutes,
                distribution, difficulty, exposure, groups, shuffleOptions);
    }

    public int itemCount() {
        return sections.stream().mapToInt(Section::count).sum();
    }

    /** Every problem, each naming its field; empty when the blueprint can be saved. */
    public List<Violation> problems(BlueprintTree tree) {
        List<Violation> out = new ArrayList<>();
        if (occupationCode == null || occupationCode.isBlank()) {
            out.add(new Violation("occupationCode", "缺少职业编码"));
        }
        if (level == null) {
            out.add(new Violation("level", "缺少等级"));
        }
        if (subject == null) {
            out.add(new Violation("subject", "缺少科目"));
        } else if (level != null && !subject.allowedFor(level)) {
            out.add(new Violation("subject", subject.displayName() + "只适用于二级和一级"));
        }
        if (sections.isEmpty()) {
            out.add(new Violation("sections", "至少需要一个题型"));
        }
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s.count() <= 0) {
                out.add(new Violation("sections[" + i + "].count", s.type().displayName() + "题量必须大于 0"));
            }
            if (s.pointsEach() == null || s.pointsEach().signum() <= 0) {
                out.add(new Violation("sections[" + i + "].pointsEach", s.type().displayName() + "每题分值必须大于 0"));
            }
            if (sections.stream().filter(o -> o.type() == s.type()).count() > 1) {
                out.add(new Violation("sections[" + i + "].type", s.type().displayName() + "重复出现"));
            }
        }
        if (out.isEmpty()) {
            BigDecimal sum = sections.stream().map(Section::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (totalPoints == null || sum.compareTo(totalPoints) != 0) {
                out.add(new Violation("totalPoints", "各题型分值合计 " + sum.stripTrailingZeros().toPlainString()
                        + ", 与总分 " + (totalPoints == null ? "(空)" : totalPoints.stripTrailingZeros().toPlainString())
                        + " 不符"));
            }
        }
        if (difficulty != null && (difficulty.mean().compareTo(BigDecimal.ONE) < 0
                || difficulty.mean().compareTo(BigDecimal.valueOf(5)) > 0 || difficulty.tolerance().signum() < 0)) {
            out.add(new Violation("difficulty", "难度目标须在 1 到 5 之间, 容差不能为负"));
        }
        if (exposure == null) {
            out.add(new Violation("exposure", "缺少防重复策略 (与往期试卷的最大重复率等)"));
        }
        if (distribution == null) {
            out.add(new Violation("distribution", "缺少组卷方式 (按鉴定点或按题型)"));
        } else if (distribution.mode() == DistributionMode.BY_KNOWLEDGE_POINT) {
            if (tree == null) {
                out.add(new Violation("distribution", "按鉴定点组卷需要鉴定要素细目表"));
            } else {
                tree.weightProblems().forEach(p -> out.add(new Violation("distribution.weights", p)));
                if (distribution.depth() < 1) {
                    out.add(new Violation("distribution.depth", "分配深度至少为 1"));
                }
                if (distribution.perPointCap() < 1) {
                    out.add(new Violation("distribution.perPointCap", "每个鉴定点至少允许 1 题"));
                }
            }
        }
        return out;
    }

    /** Throws {@link RuleViolationException} listing every problem. */
    public void validate(BlueprintTree tree) {
        List<Violation> p = problems(tree);
        if (!p.isEmpty()) {
            throw new RuleViolationException(p);
        }
    }
}
