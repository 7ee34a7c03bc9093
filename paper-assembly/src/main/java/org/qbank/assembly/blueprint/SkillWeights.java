package org.qbank.assembly.blueprint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;

/**
 * The 技能要求权重表 of a skill blueprint and the 配分 it gives each task of a paper — the one place that rule lives.
 * <p>
 * A module's weight is the 鉴定比重 of its 鉴定范围 in the skill 细目表: a share of the whole paper, so the weights
 * of all modules add up to 100 (DOMAIN §2). A 必考 module keeps its weight. The 选考 modules form one group whose
 * weight is the sum of theirs; a paper draws k of them and the group's weight is split over those k in proportion
 * to their own weights. So every paper totals the blueprint's total score whichever 选考 modules it draws, and
 * equal 选考 weights give equal points. Points are whole points (as on a 评分记录表): the exact shares are rounded
 * by largest remainder, equal remainders going to the module listed first.
 */
public final class SkillWeights {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SkillBlueprint blueprint;
    private final Map<String, BigDecimal> weights;

    private SkillWeights(SkillBlueprint blueprint, Map<String, BigDecimal> weights) {
        this.blueprint = blueprint;
        this.weights = weights;
    }

    /** The weights as written: module code → 鉴定比重 (a module missing from the map has none). */
    public static SkillWeights of(SkillBlueprint blueprint, Map<String, BigDecimal> weights) {
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        weights.forEach((code, w) -> {
            if (w != null) {
                copy.put(code, w);
            }
        });
        return new SkillWeights(blueprint, copy);
    }

    /** The weights of the blueprint's modules read from the skill 细目表. */
    public static SkillWeights of(SkillBlueprint blueprint, BlueprintTree tree) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (SkillModule m : blueprint.modules()) {
            if (m.code() != null) {
                tree.node(m.code()).filter(n -> !n.isPoint() && n.weight() != null)
                        .ifPresent(n -> weights.put(m.code(), n.weight()));
            }
        }
        return new SkillWeights(blueprint, weights);
    }

    /** Module code → 鉴定比重, for the modules that have one. */
    public Map<String, BigDecimal> byModule() {
        return Map.copyOf(weights);
    }

    /** The weight the 选考 modules share: the sum of theirs. */
    public BigDecimal electiveGroupWeight() {
        return sum(blueprint.modules().stream().filter(m -> !m.required()).toList());
    }

    /**
     * What keeps the weights from giving a paper its 配分: a module without a weight (or with none above 0), a sum
     * other than 100, or 选考 weight that no drawn module could carry. Empty when the points can be computed.
     */
    public List<Violation> problems() {
        List<Violation> out = new ArrayList<>();
        List<SkillModule> modules = blueprint.modules();
        for (int i = 0; i < modules.size(); i++) {
            SkillModule m = modules.get(i);
            BigDecimal w = m.code() == null ? null : weights.get(m.code());
            if (m.code() == null) {
                continue;
            }
            if (w == null) {
                out.add(new Violation("modules[" + i + "].code", "模块 " + label(m)
                        + " 在操作技能鉴定要素细目表中没有鉴定比重 (技能要求权重表), 无法确定配分"));
            } else if (w.signum() <= 0) {
                out.add(new Violation("modules[" + i + "].code", "模块 " + label(m) + " 的鉴定比重为 " + fmt(w)
                        + ", 应大于 0"));
            }
        }
        if (!out.isEmpty() || modules.isEmpty()) {
            return out;
        }
        BigDecimal total = sum(modules);
        if (total.compareTo(HUNDRED) != 0) {
            out.add(new Violation("modules", "各模块鉴定比重合计 " + fmt(total) + ", 应为 100 (" + listing() + ")"));
        }
        if (blueprint.chooseElective() == 0 && electiveGroupWeight().signum() > 0) {
            out.add(new Violation("chooseElective", "选考模块的鉴定比重合计 " + fmt(electiveGroupWeight())
                    + ", 不选考选考模块时这部分配分无处计入; 请至少选 1 个选考模块"));
        }
        return out;
    }

    /** Throws {@link RuleViolationException} naming every {@link #problems() problem}. */
    public void validate() {
        List<Violation> p = problems();
        if (!p.isEmpty()) {
            throw new RuleViolationException(p);
        }
    }

    /**
     * The 配分 of a paper that draws one task from each of {@code drawn} (every 必考 module and k 选考 ones):
     * module code → whole points, in blueprint order, adding up to the blueprint's total score.
     *
     * @throws RuleViolationException when the weights have {@link #problems() problems}
     * @throws IllegalArgumentException when {@code drawn} is not every 必考 module plus k 选考 modules
     */
    public Map<String, BigDecimal> points(Collection<String> drawn) {
        validate();
        Set<String> set = Set.copyOf(drawn);
        List<SkillModule> required = blueprint.modules().stream().filter(SkillModule::required).toList();
        List<SkillModule> chosen = blueprint.modules().stream().filter(m -> !m.required() && set.contains(m.code()))
                .toList();
        if (!set.containsAll(required.stream().map(SkillModule::code).toList())
                || chosen.size() != blueprint.chooseElective() || set.size() != required.size() + chosen.size()) {
            throw new IllegalArgumentException("试卷的模块 " + drawn + " 不是全部必考模块加 "
                    + blueprint.chooseElective() + " 个选考模块");
        }
        // exact share of module m = total · w(m) / W, where a drawn 选考 module's w is the group weight split
        // over the drawn ones by their own weights; W is 100 once validated.
        BigDecimal totalWeight = sum(blueprint.modules());
        BigDecimal chosenWeight = sum(chosen);
        BigDecimal total = BigDecimal.valueOf(blueprint.totalScore());
        List<Share> shares = new ArrayList<>();
        for (SkillModule m : blueprint.modules()) {
            if (!set.contains(m.code())) {
                continue;
            }
            BigDecimal w = m.required() ? weights.get(m.code())
                    : electiveGroupWeight().multiply(weights.get(m.code())).divide(chosenWeight, 12, RoundingMode.HALF_EVEN);
            BigDecimal exact = total.multiply(w).divide(totalWeight, 12, RoundingMode.HALF_EVEN);
            shares.add(new Share(shares.size(), m.code(), exact));
        }
        long floors = shares.stream().mapToLong(s -> s.floor().longValue()).sum();
        long left = blueprint.totalScore() - floors;
        List<Share> byRemainder = shares.stream()
                .sorted(Comparator.comparing(Share::remainder).reversed().thenComparingInt(Share::order)).toList();
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        shares.forEach(s -> out.put(s.module(), s.floor()));
        for (int i = 0; i < left; i++) {
            Share s = byRemainder.get(i);
            out.put(s.module(), out.get(s.module()).add(BigDecimal.ONE));
        }
        return out;
    }

    /** The least and the most points a module gets over the papers a blueprint can give. */
    public record PointRange(BigDecimal min, BigDecimal max) {

        public boolean fixed() {
            return min.compareTo(max) == 0;
        }
    }

    /**
     * Each module's 配分 over every set of k 选考 modules a paper can draw (by {@link #points}): a 必考 module's points
     * stay put unless rounding moves them, a 选考 module's depend on the others drawn with it. In blueprint order;
     * empty when there are more than {@value #MAX_COMBINATIONS} sets to go through.
     *
     * @throws RuleViolationException when the weights have {@link #problems() problems}
     */
    public Map<String, PointRange> pointRanges() {
        validate();
        List<String> required = blueprint.modules().stream().filter(SkillModule::required).map(SkillModule::code).toList();
        List<String> electives = blueprint.modules().stream().filter(m -> !m.required()).map(SkillModule::code).toList();
        int k = blueprint.chooseElective();
        if (k < 0 || k > electives.size() || combinations(electives.size(), k) > MAX_COMBINATIONS) {
            return Map.of();
        }
        Map<String, PointRange> out = new LinkedHashMap<>();
        blueprint.modules().forEach(m -> out.put(m.code(), null));
        forEachChoice(electives, k, 0, new ArrayList<>(), chosen -> {
            List<String> drawn = new ArrayList<>(required);
            drawn.addAll(chosen);
            points(drawn).forEach((code, p) -> out.merge(code, new PointRange(p, p), (a, b) ->
                    new PointRange(a.min().min(b.min()), a.max().max(b.max()))));
        });
        out.values().removeIf(Objects::isNull);
        return out;
    }

    /** More sets of 选考 modules than this are not gone through (a page shows the ranges while typing). */
    static final int MAX_COMBINATIONS = 2000;

    private static long combinations(int n, int k) {
        long c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
            if (c > MAX_COMBINATIONS) {
                return c;
            }
        }
        return c;
    }

    private static void forEachChoice(List<String> from, int k, int start, List<String> chosen,
                                      Consumer<List<String>> action) {
        if (chosen.size() == k) {
            action.accept(chosen);
            return;
        }
        for (int i = start; i <= from.size() - (k - chosen.size()); i++) {
            chosen.add(from.get(i));
            forEachChoice(from, k, i + 1, chosen, action);
            chosen.remove(chosen.size() - 1);
        }
    }

    private record Share(int order, String module, BigDecimal exact) {

        BigDecimal floor() {
            return exact.setScale(0, RoundingMode.FLOOR);
        }

        BigDecimal remainder() {
            return exact.subtract(floor());
        }
    }

    private BigDecimal sum(List<SkillModule> modules) {
        return modules.stream().map(m -> weights.getOrDefault(m.code(), BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String listing() {
        List<String> required = new ArrayList<>();
        List<String> elective = new ArrayList<>();
        for (SkillModule m : blueprint.modules()) {
            (m.required() ? required : elective).add(label(m) + " " + fmt(weights.get(m.code())));
        }
        List<String> parts = new ArrayList<>();
        if (!required.isEmpty()) {
            parts.add("必考 " + String.join("、", required));
        }
        if (!elective.isEmpty()) {
            parts.add("选考 " + String.join("、", elective));
        }
        return String.join("; ", parts);
    }

    private static String label(SkillModule m) {
        return m.code() + (m.name() == null || m.name().isBlank() ? "" : " " + m.name());
    }

    private static String fmt(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
