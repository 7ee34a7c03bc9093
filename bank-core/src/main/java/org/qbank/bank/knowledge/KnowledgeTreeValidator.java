package org.qbank.bank.knowledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;

/**
 * Builds one 细目表 from its rows and checks it. Errors (they block storing): duplicate or malformed codes, a
 * parent that does not exist, a 鉴定范围 without 鉴定比重, children whose weights do not add up to their parent's,
 * a top level that does not add up to 100, a leaf without 重要程度. Warnings (quality, {@link KnowledgeQualityRules}):
 * the X/Y/Z shares of the 鉴定点, and for 理论知识 too few points for a range's weight or for the level.
 * <p>
 * Weights: when any child of a node carries a 鉴定比重, all its children must, and they must add up to the node's.
 * A node whose children are plain 鉴定点 (no weight) has nothing to add up. For 操作技能 a weighted leaf without
 * 重要程度 is a skill module and is accepted as a leaf.
 */
public final class KnowledgeTreeValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Comparator<DraftNode> BY_CODE = Comparator.comparing(n -> n.code);

    private final KnowledgeQualityRules rules;

    public KnowledgeTreeValidator(KnowledgeQualityRules rules) {
        this.rules = rules;
    }

    /** Checks the rows of one tree (all of one occupation, work type, level and subject). */
    public KnowledgeTreeValidation validate(Subject subject, List<KnowledgeRow> rows) {
        return build(subject, rows).validation();
    }

    Built build(Subject subject, List<KnowledgeRow> rows) {
        List<Violation> errors = new ArrayList<>();
        List<Violation> warnings = new ArrayList<>();
        Map<String, DraftNode> byCode = new LinkedHashMap<>();
        Map<DraftNode, KnowledgePointCode> namedParents = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            read(i + 1, rows.get(i), byCode, namedParents, errors);
        }
        List<DraftNode> nodes = new ArrayList<>(byCode.values());
        for (DraftNode n : nodes) {
            link(n, byCode, namedParents.get(n), errors);
        }
        breakCycles(nodes, errors);
        List<DraftNode> roots = new ArrayList<>();
        for (DraftNode n : nodes) {
            n.code = resolvedCode(n);
            (n.parent == null ? roots : n.parent.children).add(n);
        }
        roots.sort(BY_CODE);
        nodes.forEach(n -> n.children.sort(BY_CODE));
        if (nodes.isEmpty() && errors.isEmpty()) {
            errors.add(new Violation("细目表", "细目表没有任何节点"));
        }
        for (DraftNode n : nodes) {
            checkNode(subject, n, errors);
        }
        checkTop(roots.stream().filter(r -> !r.orphan).toList(), errors);
        List<DraftNode> ordered = new ArrayList<>();
        roots.forEach(r -> preorder(r, ordered));
        int points = 0, x = 0, y = 0, z = 0;
        for (DraftNode n : ordered) {
            if (n.isPoint()) {
                points++;
                switch (n.importance) {
                    case X -> x++;
                    case Y -> y++;
                    case Z -> z++;
                }
            }
        }
        if (points == 0 && subject != Subject.SKILL && !nodes.isEmpty()) {
            errors.add(new Violation("细目表", "细目表没有鉴定点 (末级节点须标注重要程度 X/Y/Z)"));
        }
        new KnowledgeQualityCheck(rules).warn(subject, ordered, points, x, y, z, warnings);
        return new Built(new KnowledgeTreeValidation(errors, warnings, ordered.size(), points, x, y, z), ordered);
    }

    private static void read(int number, KnowledgeRow row, Map<String, DraftNode> byCode,
                             Map<DraftNode, KnowledgePointCode> namedParents, List<Violation> errors) {
        String where = "第 " + number + " 条";
        KnowledgePointCode code;
        try {
            code = KnowledgePointCode.parse(row.code());
        } catch (RuleViolationException e) {
            errors.add(new Violation(where, e.violations().get(0).message()));
            return;
        }
        String d = code.display();
        if (row.name() == null || row.name().isBlank()) {
            errors.add(new Violation(d, d + " 缺少名称"));
        }
        Importance importance = null;
        if (row.importance() != null && !row.importance().isBlank()) {
            importance = Importance.parse(row.importance()).orElse(null);
            if (importance == null) {
                errors.add(new Violation(d, d + " 的重要程度 \"" + row.importance().strip() + "\" 无效, 应为 X、Y 或 Z"));
            }
        }
        if (row.weight() != null && row.weight().signum() < 0) {
            errors.add(new Violation(d, d + " 的鉴定比重不能为负数: " + fmt(row.weight())));
        }
        DraftNode earlier = byCode.get(d);
        if (earlier != null) {
            errors.add(new Violation(d, "代码 " + d + " 重复 (第 " + earlier.rowNumber + " 条与第 " + number + " 条)"));
            return;
        }
        DraftNode node = new DraftNode(number, code, row.name() == null ? "" : row.name().strip(), row.weight(),
                importance);
        byCode.put(d, node);
        if (row.parentCode() != null && !row.parentCode().isBlank()) {
            try {
                namedParents.put(node, KnowledgePointCode.parse(row.parentCode()));
            } catch (RuleViolationException e) {
                errors.add(new Violation(d, d + " 的上级代码无效: " + e.violations().get(0).message()));
            }
        }
    }

    private static void link(DraftNode n, Map<String, DraftNode> byCode, KnowledgePointCode named,
                             List<Violation> errors) {
        String d = n.display();
        KnowledgePointCode path = n.code.pathParent().orElse(null);
        if (named != null) {
            if (path != null && !path.display().equals(named.display())) {
                errors.add(new Violation(d, d + " 的上级代码 " + named + " 与代码路径不符 (应为 " + path + ")"));
                n.orphan = true;
                return;
            }
            n.parent = byCode.get(named.display());
            if (n.parent == null) {
                n.orphan = true;
                errors.add(new Violation(d, d + " 的上级 " + named + " 不存在"));
            }
        } else if (path != null) {
            n.parent = byCode.get(path.display());
            if (n.parent == null) {
                n.orphan = true;
                errors.add(new Violation(d, d + " 的上级 " + path + " 不存在"));
            }
        } else {
            // digit groups: the longest proper prefix that is a node of this tree
            n.parent = n.code.prefixCandidates().stream().map(byCode::get).filter(p -> p != null)
                    .findFirst().orElse(null);
        }
    }

    /** Only explicit parents can form a cycle; cut it so the rest of the checks still run. */
    private static void breakCycles(List<DraftNode> nodes, List<Violation> errors) {
        for (DraftNode n : nodes) {
            DraftNode p = n.parent;
            for (int steps = 0; p != null; steps++) {
                if (p == n || steps > nodes.size()) {
                    errors.add(new Violation(n.display(), n.display() + " 的上级关系成环"));
                    n.parent = null;
                    n.orphan = true;
                    break;
                }
                p = p.parent;
            }
        }
    }

    private static KnowledgePointCode resolvedCode(DraftNode n) {
        return n.parent == null ? n.code : n.code.under(resolvedCode(n.parent));
    }

    private static void checkNode(Subject subject, DraftNode n, List<Violation> errors) {
        String d = n.display();
        if (n.children.isEmpty()) {
            if (n.importance == null && !(subject == Subject.SKILL && n.weight != null)) {
                errors.add(new Violation(d, "鉴定点 " + d + " 缺少重要程度 (X/Y/Z)"));
            }
            return;
        }
        if (n.importance != null) {
            errors.add(new Violation(d, d + " 标有重要程度 " + n.importance + ", 但有下级节点; 重要程度只标在末级鉴定点上"));
        }
        if (n.weight == null) {
            errors.add(new Violation(d, "鉴定范围 " + d + " 缺少鉴定比重"));
        }
        checkChildren(n.display(), n.children, n.weight, errors);
    }

    private static void checkTop(List<DraftNode> roots, List<Violation> errors) {
        if (roots.isEmpty()) {
            return;
        }
        for (DraftNode r : roots) {
            if (r.weight == null && r.children.isEmpty()) {
                errors.add(new Violation(r.display(), "顶层节点 " + r.display() + " 缺少鉴定比重"));
            }
        }
        BigDecimal sum = roots.stream().map(r -> r.weight == null ? BigDecimal.ZERO : r.weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            errors.add(new Violation("顶层", "顶层比重合计 " + fmt(sum) + ", 应为 100"));
        }
    }

    private static void checkChildren(String parent, List<DraftNode> children, BigDecimal expected,
                                      List<Violation> errors) {
        boolean anyWeighted = children.stream().anyMatch(c -> c.weight != null);
        if (!anyWeighted) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (DraftNode c : children) {
            if (c.weight == null) {
                if (c.children.isEmpty()) { // a range without weight is reported by checkNode already
                    errors.add(new Violation(c.display(), c.display() + " 缺少鉴定比重 (其同级节点标有比重)"));
                }
            } else {
                sum = sum.add(c.weight);
            }
        }
        if (expected != null && sum.compareTo(expected) != 0) {
            errors.add(new Violation(parent, parent + " 的下级比重合计 " + fmt(sum) + ", 应为 " + fmt(expected)));
        }
    }

    private static void preorder(DraftNode n, List<DraftNode> out) {
        out.add(n);
        n.children.forEach(c -> preorder(c, out));
    }

    static String fmt(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static String percent(int part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + "%";
    }

    /** The checked tree: its validation and its nodes in pre-order (parents before children, siblings by code). */
    record Built(KnowledgeTreeValidation validation, List<DraftNode> nodes) {
    }
}
