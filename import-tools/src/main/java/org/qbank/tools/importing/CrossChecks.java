package org.qbank.tools.importing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.qbank.bank.common.Subject;

/** Checks that span rows and sheets: the 细目表 tree and its weights, references, duplicates, rubrics. */
final class CrossChecks {

    private final Problems problems;

    CrossChecks(Problems problems) {
        this.problems = problems;
    }

    void knowledge(String sheet, List<KnowledgeRow> rows) {
        Map<KnowledgeRow.TreeKey, List<KnowledgeRow>> trees = rows.stream()
                .collect(Collectors.groupingBy(KnowledgeRow::tree, java.util.LinkedHashMap::new, Collectors.toList()));
        trees.values().forEach(tree -> tree(sheet, tree));
    }

    private void tree(String sheet, List<KnowledgeRow> tree) {
        Map<String, KnowledgeRow> byCode = new HashMap<>();
        for (KnowledgeRow r : tree) {
            KnowledgeRow first = byCode.putIfAbsent(r.code(), r);
            if (first != null) {
                problems.error(sheet, r.row(), KnowledgeSheet.CODE.name(), r.code(), "代码与第 " + first.row() + " 行重复");
            }
        }
        Map<String, BigDecimal> childSums = new HashMap<>();
        BigDecimal top = BigDecimal.ZERO;
        KnowledgeRow firstTop = null;
        for (KnowledgeRow r : tree) {
            String parent = r.parentCode();
            if (parent != null && !byCode.containsKey(parent)) {
                problems.error(sheet, r.row(), KnowledgeSheet.CODE.name(), r.code(), "上级代码 " + parent + " 不存在");
            } else if (parent != null && byCode.get(parent).isPoint()) {
                problems.error(sheet, r.row(), KnowledgeSheet.CODE.name(), r.code(), "上级 " + parent + " 是鉴定点，不能再有下级");
            }
            if (r.weight() == null) {
                continue;
            }
            if (parent == null) {
                top = top.add(r.weight());
                firstTop = firstTop == null ? r : firstTop;
            } else {
                childSums.merge(parent, r.weight(), BigDecimal::add);
            }
        }
        if (firstTop != null && top.compareTo(BigDecimal.valueOf(100)) != 0) {
            problems.error(sheet, firstTop.row(), KnowledgeSheet.WEIGHT.name(), top.toPlainString(),
                    "顶层鉴定范围的鉴定比重合计为 " + top.toPlainString() + "，应为 100");
        }
        childSums.forEach((parent, sum) -> {
            KnowledgeRow p = byCode.get(parent);
            if (p != null && p.weight() != null && p.weight().compareTo(sum) != 0) {
                problems.error(sheet, p.row(), KnowledgeSheet.WEIGHT.name(), p.weight().toPlainString(),
                        "下级鉴定比重合计为 " + sum.toPlainString() + "，与本行不符");
            }
        });
    }

    void theory(String sheet, List<TheoryItem> items, List<KnowledgeRow> knowledge) {
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> contents = new HashMap<>();
        for (TheoryItem i : items) {
            point(sheet, i.row(), TheorySheet.POINT, i.pointCode(),
                    new KnowledgeRow.TreeKey(i.occupationCode(), i.workType(), i.level(), Subject.THEORY), knowledge, true);
            if (i.code() != null) {
                Integer first = codes.putIfAbsent(i.code(), i.row());
                if (first != null) {
                    problems.error(sheet, i.row(), TheorySheet.CODE.name(), i.code(), "试题编码与第 " + first + " 行重复");
                }
            }
            Integer same = contents.putIfAbsent(i.contentKey(), i.row());
            if (same != null) {
                problems.error(sheet, i.row(), TheorySheet.STEM.name(), i.stem(), "与第 " + same + " 行是同一道题（重复试题）");
            }
        }
    }

    private Map<KnowledgeRow.TreeKey, Map<String, KnowledgeRow>> index;

    private void point(String sheet, int row, Column column, String code, KnowledgeRow.TreeKey tree,
                       List<KnowledgeRow> knowledge, boolean mustBePoint) {
        if (index == null) {
            index = new HashMap<>();
            knowledge.forEach(k -> index.computeIfAbsent(k.tree(), t -> new HashMap<>()).putIfAbsent(k.code(), k));
        }
        Map<String, KnowledgeRow> nodes = index.get(tree);
        if (nodes == null) {
            return; // the tree is already in the bank; the storage step checks against it
        }
        KnowledgeRow node = nodes.get(code);
        if (node == null) {
            problems.error(sheet, row, column.name(), code, "细目表中没有这个代码");
        } else if (mustBePoint && !node.isPoint()) {
            problems.error(sheet, row, column.name(), code, "这是鉴定范围，试题应挂在鉴定点上");
        }
    }

    List<SkillTask> skill(String sheet, List<SkillTask> tasks, List<KnowledgeRow> knowledge, RubricSheet rubric,
                          PrepSheet prep) {
        Map<String, SkillTask> byCode = new HashMap<>();
        List<SkillTask> complete = new java.util.ArrayList<>();
        for (SkillTask t : tasks) {
            SkillTask first = byCode.putIfAbsent(t.code(), t);
            if (first != null) {
                problems.error(sheet, t.row(), SkillSheet.CODE.name(), t.code(), "试题编码与第 " + first.row() + " 行重复");
                continue;
            }
            point(sheet, t.row(), SkillSheet.POINT, t.pointCode(),
                    new KnowledgeRow.TreeKey(t.occupationCode(), t.workType(), t.level(), Subject.SKILL), knowledge, false);
            List<RubricRow> rows = rubric == null ? List.of() : rubric.byTask.getOrDefault(t.code(), List.of());
            if (rows.isEmpty()) {
                problems.error(sheet, t.row(), SkillSheet.CODE.name(), t.code(), "没有评分标准（评分标准工作表中无此试题编码）");
            } else {
                BigDecimal sum = rows.stream().map(RubricRow::points).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(t.score()) != 0) {
                    problems.error(rubric.sheet, rows.get(0).row(), RubricSheet.POINTS.name(), sum.toPlainString(),
                            "试题 " + t.code() + " 的配分合计 " + sum.toPlainString() + "，与分值 " + t.score().toPlainString() + " 不符");
                }
            }
            List<RubricRow> sorted = rows.stream().sorted(java.util.Comparator.comparingInt(RubricRow::number)).toList();
            complete.add(t.with(sorted, prep == null ? List.of() : prep.byTask.getOrDefault(t.code(), List.of())));
        }
        if (rubric != null) {
            rubric.byTask.forEach((code, rows) -> {
                if (!byCode.containsKey(code)) {
                    problems.error(rubric.sheet, rows.get(0).row(), RubricSheet.CODE.name(), code, "技能试题中没有这个试题编码");
                }
            });
        }
        if (prep != null) {
            prep.byTask.forEach((code, rows) -> {
                if (!byCode.containsKey(code)) {
                    problems.error(prep.sheet, rows.get(0).row(), PrepSheet.CODE.name(), code, "技能试题中没有这个试题编码");
                }
            });
        }
        return complete;
    }
}
