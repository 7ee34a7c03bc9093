package org.qbank.portal.pages.blueprint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.knowledge.KnowledgeNodeView;
import org.qbank.bank.knowledge.KnowledgeTreeView;

/**
 * What the 操作技能 blueprint editor posts (public fields, bound directly). Scope comes from the chosen skill 细目表;
 * there is one line per 鉴定范围 of it, marked 不考 / 必考 / 选考, so modules are chosen from the real 技能要求权重表,
 * never typed. Names and weights are read from the tree, not posted.
 */
public class SkillBlueprintForm {

    public String name;
    public Long treeId;
    public List<ModuleLine> modules = new ArrayList<>();
    public String chooseElective = "0";
    public String durationMinutes = "120";
    public String totalScore = "100";
    public String maxEarlierOverlap = "0.30";
    public String lookBackMonths = "24";

    /** Whether a 鉴定范围 is a module of the paper. */
    public enum Role {
        NONE("不考"), REQUIRED("必考"), ELECTIVE("选考");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One 鉴定范围 of the tree: its code (hidden), whether the paper takes it, and its 考核时间. */
    public static class ModuleLine {
        public String code;
        public Role role = Role.NONE;
        public String minutes;

        public ModuleLine() {
        }

        ModuleLine(String code, Role role, String minutes) {
            this.code = code;
            this.role = role;
            this.minutes = minutes;
        }
    }

    /** A new blueprint on the tree: every top-level 鉴定范围 必考 until the administrator says otherwise. */
    static SkillBlueprintForm starter(KnowledgeTreeView tree) {
        SkillBlueprintForm f = new SkillBlueprintForm();
        if (tree != null) {
            f.treeId = tree.id();
            for (KnowledgeNodeView n : ranges(tree)) {
                f.modules.add(new ModuleLine(n.displayCode(), n.depth() == 1 ? Role.REQUIRED : Role.NONE, "30"));
            }
        }
        return f;
    }

    /** The editor's form for a saved blueprint on its tree (null when the tree is gone: its modules only). */
    static SkillBlueprintForm of(SkillBlueprint b, KnowledgeTreeView tree) {
        SkillBlueprintForm f = new SkillBlueprintForm();
        f.name = b.name();
        f.treeId = tree == null ? null : tree.id();
        Map<String, SkillModule> chosen = b.modules().stream()
                .collect(Collectors.toMap(SkillModule::code, Function.identity(), (x, y) -> x));
        if (tree != null) {
            for (KnowledgeNodeView n : ranges(tree)) {
                SkillModule m = chosen.remove(n.displayCode());
                f.modules.add(m == null ? new ModuleLine(n.displayCode(), Role.NONE, "30") : line(m));
            }
        }
        // modules the tree no longer has stay visible, so saving names them instead of dropping them silently
        chosen.values().forEach(m -> f.modules.add(line(m)));
        f.chooseElective = String.valueOf(b.chooseElective());
        f.durationMinutes = String.valueOf(b.durationMinutes());
        f.totalScore = String.valueOf(b.totalScore());
        f.maxEarlierOverlap = b.exposure().maxEarlierOverlap().stripTrailingZeros().toPlainString();
        f.lookBackMonths = String.valueOf(b.exposure().lookBackMonths());
        return f;
    }

    private static ModuleLine line(SkillModule m) {
        return new ModuleLine(m.code(), m.required() ? Role.REQUIRED : Role.ELECTIVE, String.valueOf(m.minutes()));
    }

    /**
     * A form line as the editor shows it: with the 鉴定范围's name, 鉴定比重 and depth from the tree ({@code inTree}
     * false for a saved module the tree no longer has).
     */
    public record Line(int index, ModuleLine line, String name, BigDecimal weight, int depth, boolean inTree) {
    }

    List<Line> lines(KnowledgeTreeView tree) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            ModuleLine l = modules.get(i);
            if (l == null || l.code == null) {
                continue;
            }
            KnowledgeNodeView n = tree == null ? null : range(tree, l.code).orElse(null);
            out.add(n == null ? new Line(i, l, null, null, 1, false)
                    : new Line(i, l, n.name(), n.weight(), n.depth(), true));
        }
        return out;
    }

    /** The 鉴定范围 of that code; empty for a 鉴定点, an unknown or a malformed code (the domain names it). */
    private static Optional<KnowledgeNodeView> range(KnowledgeTreeView tree, String code) {
        try {
            return tree.node(code).filter(n -> !n.isPoint());
        } catch (RuleViolationException malformed) {
            return Optional.empty();
        }
    }

    /** The 鉴定范围 of the tree, parents before children: the modules a skill blueprint can take. */
    static List<KnowledgeNodeView> ranges(KnowledgeTreeView tree) {
        return tree.nodes().stream().filter(n -> !n.isPoint()).toList();
    }

    /**
     * The blueprint the form describes, on the tree's scope. What the editor does not show (exposure cap, least
     * used first) is kept from {@code base} when editing. Unreadable numbers are refused naming their field.
     */
    SkillBlueprint toBlueprint(KnowledgeTreeView tree, SkillBlueprint base) {
        List<Violation> unreadable = new ArrayList<>();
        List<SkillModule> chosen = new ArrayList<>();
        for (ModuleLine line : modules) {
            if (line == null || line.code == null || line.role == null || line.role == Role.NONE) {
                continue;
            }
            String name = range(tree, line.code).map(KnowledgeNodeView::name).orElse(null);
            Integer minutes = whole(line.minutes, "module:" + line.code, "模块 " + line.code + " 的考核时间", unreadable);
            chosen.add(new SkillModule(line.code, name, line.role == Role.REQUIRED, minutes == null ? 0 : minutes));
        }
        Integer k = whole(chooseElective, "chooseElective", "选考模块数", unreadable);
        Integer duration = whole(durationMinutes, "durationMinutes", "考试时长", unreadable);
        Integer total = whole(totalScore, "totalScore", "总分", unreadable);
        Integer months = whole(lookBackMonths, "lookBackMonths", "回溯月数", unreadable);
        BigDecimal overlap = decimal(maxEarlierOverlap, "maxEarlierOverlap", "与往期试卷重复上限", unreadable);
        if (!unreadable.isEmpty()) {
            throw new RuleViolationException(unreadable);
        }
        ExposurePolicy kept = base == null ? ExposurePolicy.defaults() : base.exposure();
        ExposurePolicy exposure = new ExposurePolicy(overlap, months, kept.maxBatchOverlap(), kept.exposureCap(),
                kept.preferLeastUsed());
        return new SkillBlueprint(name == null ? null : name.strip(), tree.occupationCode(), tree.workType(),
                tree.level(), chosen, k, duration, exposure, total);
    }

    /**
     * The blueprint's module index {@code i} of a violation ({@code modules[i].…}) as the form line it came from
     * ({@code module:CODE}), so the message stands beside that line.
     */
    List<Violation> onLines(List<Violation> violations, SkillBlueprint blueprint) {
        List<Violation> out = new ArrayList<>();
        for (Violation v : violations) {
            String field = v.field();
            if (field != null && field.startsWith("modules[")) {
                int i = Integer.parseInt(field.substring("modules[".length(), field.indexOf(']')));
                if (i < blueprint.modules().size()) {
                    field = "module:" + blueprint.modules().get(i).code();
                }
            }
            out.add(new Violation(field, v.message()));
        }
        return out;
    }

    private static Integer whole(String text, String field, String what, List<Violation> out) {
        if (text == null || text.isBlank()) {
            out.add(new Violation(field, what + "不能为空"));
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            out.add(new Violation(field, what + "应为整数: " + text));
            return null;
        }
    }

    private static BigDecimal decimal(String text, String field, String what, List<Violation> out) {
        if (text == null || text.isBlank()) {
            out.add(new Violation(field, what + "不能为空"));
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            out.add(new Violation(field, what + "不是数字: " + text));
            return null;
        }
    }
}
