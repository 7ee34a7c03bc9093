package org.qbank.assembly.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintTree;
import org.qbank.assembly.blueprint.DistributionMode;
import org.qbank.assembly.blueprint.Section;
import org.qbank.assembly.blueprint.TreeNode;

/**
 * DOMAIN §8 allocation 按鉴定点: each section's count goes down the 细目表 level by level in proportion to
 * 鉴定比重, by largest remainder with ties to the earlier code, until the chosen depth (or a range without
 * sub-ranges). A pure function.
 */
public final class AllocationPlanner {

    private AllocationPlanner() {
    }

    public static Allocation allocate(Blueprint blueprint, BlueprintTree tree) {
        int cap = blueprint.distribution().perPointCap();
        if (blueprint.distribution().mode() == DistributionMode.BY_TYPE) {
            List<SlotGroup> groups = blueprint.sections().stream()
                    .map(s -> new SlotGroup(s.type(), null, s.count())).toList();
            return new Allocation(groups, cap, List.of());
        }
        int depth = blueprint.distribution().depth();
        List<SlotGroup> groups = new ArrayList<>();
        Map<String, Integer> perRange = new LinkedHashMap<>();
        for (Section s : blueprint.sections()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            distribute(tree, tree.roots(), s.count(), 1, depth, counts);
            counts.forEach((code, n) -> {
                if (n > 0) {
                    groups.add(new SlotGroup(s.type(), code, n));
                    perRange.merge(code, n, Integer::sum);
                }
            });
        }
        int proposed = cap;
        List<String> tooFew = new ArrayList<>();
        for (Map.Entry<String, Integer> e : perRange.entrySet()) {
            int points = tree.pointsUnder(e.getKey()).size();
            if (points == 0 || e.getValue() > (long) points * cap) {
                int need = points == 0 ? Integer.MAX_VALUE : (e.getValue() + points - 1) / points;
                proposed = Math.max(proposed, need);
                tooFew.add("鉴定范围 " + e.getKey() + " 分到 " + e.getValue() + " 题, 只有 " + points + " 个鉴定点"
                        + (points == 0 ? "" : ", 每个鉴定点至少要允许 " + need + " 题"));
            }
        }
        return new Allocation(groups, proposed, tooFew);
    }

    /** Largest-remainder split of {@code count} over the weighted ranges among {@code nodes}. */
    static Map<String, Integer> split(List<TreeNode> nodes, int count) {
        List<TreeNode> ranges = nodes.stream().filter(n -> !n.isPoint()).toList();
        BigDecimal total = ranges.stream().map(AllocationPlanner::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Integer> out = new LinkedHashMap<>();
        if (ranges.isEmpty() || total.signum() == 0) {
            return out;
        }
        record Share(String code, int floor, BigDecimal remainder) {
        }
        List<Share> shares = new ArrayList<>();
        int given = 0;
        for (TreeNode r : ranges) {
            BigDecimal exact = weight(r).multiply(BigDecimal.valueOf(count));
            BigDecimal floor = exact.divide(total, 0, RoundingMode.FLOOR);
            shares.add(new Share(r.code(), floor.intValueExact(), exact.subtract(floor.multiply(total))));
            given += floor.intValueExact();
        }
        List<Share> byRemainder = new ArrayList<>(shares);
        // ranges arrive in code order and the sort is stable: equal remainders keep code order
        byRemainder.sort(Comparator.comparing(Share::remainder).reversed());
        java.util.Set<String> extra = new java.util.HashSet<>();
        for (int i = 0; i < count - given; i++) {
            extra.add(byRemainder.get(i).code());
        }
        for (Share s : shares) {
            out.put(s.code(), s.floor() + (extra.contains(s.code()) ? 1 : 0));
        }
        return out;
    }

    private static void distribute(BlueprintTree tree, List<TreeNode> level, int count, int depth, int maxDepth,
                                   Map<String, Integer> out) {
        Map<String, Integer> split = split(level, count);
        for (Map.Entry<String, Integer> e : split.entrySet()) {
            List<TreeNode> subRanges = tree.childrenOf(e.getKey()).stream().filter(n -> !n.isPoint()).toList();
            if (depth >= maxDepth || subRanges.isEmpty()) {
                out.merge(e.getKey(), e.getValue(), Integer::sum);
            } else {
                distribute(tree, tree.childrenOf(e.getKey()), e.getValue(), depth + 1, maxDepth, out);
            }
        }
    }

    private static BigDecimal weight(TreeNode n) {
        return n.weight() == null ? BigDecimal.ZERO : n.weight();
    }
}
