package org.qbank.assembly.blueprint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A 鉴定要素细目表 as assembly sees it: nodes by code, children in code order. Plain value, mapped from the
 * bank's knowledge-point tree at the boundary.
 */
public final class BlueprintTree {

    private static final Comparator<String> CODE_ORDER = Comparator.naturalOrder();

    private final Map<String, TreeNode> nodes = new LinkedHashMap<>();
    private final Map<String, List<TreeNode>> children = new LinkedHashMap<>();
    private final List<TreeNode> roots = new ArrayList<>();

    public BlueprintTree(List<TreeNode> all) {
        for (TreeNode n : all) {
            if (nodes.putIfAbsent(n.code(), n) != null) {
                throw new IllegalArgumentException("细目表代码重复: " + n.code());
            }
        }
        for (TreeNode n : all) {
            if (n.parentCode() == null) {
                roots.add(n);
            } else if (!nodes.containsKey(n.parentCode())) {
                throw new IllegalArgumentException("细目表节点 " + n.code() + " 的上级 " + n.parentCode() + " 不存在");
            } else {
                children.computeIfAbsent(n.parentCode(), k -> new ArrayList<>()).add(n);
            }
        }
        roots.sort(Comparator.comparing(TreeNode::code, CODE_ORDER));
        children.values().forEach(l -> l.sort(Comparator.comparing(TreeNode::code, CODE_ORDER)));
    }

    public List<TreeNode> roots() {
        return List.copyOf(roots);
    }

    public List<TreeNode> childrenOf(String code) {
        return List.copyOf(children.getOrDefault(code, List.of()));
    }

    public Optional<TreeNode> node(String code) {
        return Optional.ofNullable(nodes.get(code));
    }

    public List<TreeNode> nodes() {
        return List.copyOf(nodes.values());
    }

    /** Depth of a node: top-level 鉴定范围 are depth 1. */
    public int depthOf(String code) {
        int depth = 1;
        TreeNode n = nodes.get(code);
        while (n != null && n.parentCode() != null) {
            depth++;
            n = nodes.get(n.parentCode());
        }
        return depth;
    }

    /** All 鉴定点 under (or equal to) the node, in code order. */
    public List<TreeNode> pointsUnder(String code) {
        List<TreeNode> out = new ArrayList<>();
        collectPoints(nodes.get(code), out);
        return out;
    }

    private void collectPoints(TreeNode n, List<TreeNode> out) {
        if (n == null) {
            return;
        }
        if (n.isPoint()) {
            out.add(n);
        }
        for (TreeNode c : children.getOrDefault(n.code(), List.of())) {
            collectPoints(c, out);
        }
    }

    /** The ancestor of a node at the given depth (the node itself when it is that deep or shallower). */
    public String ancestorAtDepth(String code, int depth) {
        List<String> chain = new ArrayList<>();
        TreeNode n = nodes.get(code);
        while (n != null) {
            chain.add(0, n.code());
            n = n.parentCode() == null ? null : nodes.get(n.parentCode());
        }
        if (chain.isEmpty()) {
            return null;
        }
        return chain.get(Math.min(depth, chain.size()) - 1);
    }

    /** Problems with the 鉴定比重: top level must sum to 100, children of a weighted range to their parent. */
    public List<String> weightProblems() {
        List<String> problems = new ArrayList<>();
        checkSum("细目表顶层", roots, new BigDecimal(100), problems);
        for (TreeNode n : nodes.values()) {
            if (!n.isPoint() && n.weight() == null) {
                problems.add("鉴定范围 " + n.code() + " 缺少鉴定比重");
            }
            List<TreeNode> ranges = children.getOrDefault(n.code(), List.of()).stream().filter(c -> !c.isPoint()).toList();
            if (!ranges.isEmpty() && n.weight() != null) {
                checkSum("鉴定范围 " + n.code() + " 的下级", ranges, n.weight(), problems);
            }
        }
        return problems;
    }

    private static void checkSum(String what, List<TreeNode> list, BigDecimal expected, List<String> problems) {
        BigDecimal sum = list.stream().map(t -> t.weight() == null ? BigDecimal.ZERO : t.weight())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!list.isEmpty() && sum.compareTo(expected) != 0) {
            problems.add(what + "鉴定比重合计 " + sum.stripTrailingZeros().toPlainString() + ", 应为 "
                    + expected.stripTrailingZeros().toPlainString());
        }
    }
}
