package org.qbank.bank.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;

class KnowledgeTreeValidatorTest {

    private final KnowledgeTreeValidator validator = new KnowledgeTreeValidator(KnowledgeQualityRules.defaults());

    @Test
    void theRealElectricianTableIsValidWith184PointsOnTwoLevels() {
        KnowledgeTreeValidator.Built built = validator.build(Subject.THEORY, RealTables.rows(RealTables.ELECTRICIAN));
        KnowledgeTreeValidation v = built.validation();
        assertThat(v.errors()).isEmpty();
        assertThat(v.pointCount()).isEqualTo(184);
        assertThat(v.xCount() + v.yCount() + v.zCount()).isEqualTo(184);
        assertThat(v.nodeCount()).isEqualTo(210);
        assertThat(built.nodes()).filteredOn(DraftNode::isPoint).allSatisfy(p -> assertThat(p.code.depth()).isEqualTo(3));
        // 184 points < 200 per level: a warning, not an error
        assertThat(v.warnings()).extracting(Violation::message).contains("理论知识鉴定点共 184 个, 建议每个等级至少 200 个");
    }

    @Test
    void theRealWelderTableIsValidWith314PointsOnThreeLevels() {
        KnowledgeTreeValidation v = validator.validate(Subject.THEORY, RealTables.rows(RealTables.WELDER));
        assertThat(v.errors()).isEmpty();
        assertThat(v.pointCount()).isEqualTo(314);
        assertThat(v.xCount()).isEqualTo(229);
        assertThat(v.yCount()).isEqualTo(58);
        assertThat(v.zCount()).isEqualTo(27);
        assertThat(v.warnings()).extracting(Violation::message)
                .contains("X 类鉴定点占 72.9% (229/314), 建议不低于 80%",
                        "Y 类鉴定点占 18.5% (58/314), 建议不超过 15%",
                        "Z 类鉴定点占 8.6% (27/314), 建议不超过 5%")
                .noneMatch(m -> m.startsWith("理论知识鉴定点共"));
    }

    @Test
    void childrenWhoseWeightsMissTheirParentAreReportedPrecisely() {
        List<KnowledgeRow> rows = new ArrayList<>(table());
        rows.set(4, row("A-B", "磁路知识", "9", null)); // A-A 3 + A-B 9 = 12, A is 15
        KnowledgeTreeValidation v = validator.validate(Subject.THEORY, rows);
        assertThat(v.errors()).containsExactly(new Violation("A", "A 的下级比重合计 12, 应为 15"));
    }

    @Test
    void aTopLevelThatDoesNotAddUpTo100IsAnError() {
        List<KnowledgeRow> rows = new ArrayList<>(table());
        rows.set(5, row("B", "相关知识", "80.5", null));
        rows.set(6, row("B-A", "安全", "80.5", null));
        assertThat(validator.validate(Subject.THEORY, rows).errors())
                .containsExactly(new Violation("顶层", "顶层比重合计 95.5, 应为 100"));
    }

    @Test
    void structuralProblemsAreAllReportedWithTheirCodes() {
        List<KnowledgeRow> rows = new ArrayList<>(table());
        rows.add(row("A-A-002", "重复", null, "X"));
        rows.add(row("C-A-001", "孤立", null, "X"));
        rows.add(row("B-A-002", "缺重要程度", null, null));
        rows.add(row("B-A-003", "错误等级", null, "W"));
        KnowledgeTreeValidation v = validator.validate(Subject.THEORY, rows);
        assertThat(v.errors()).extracting(Violation::message).containsExactlyInAnyOrder(
                "代码 A-A-002 重复 (第 3 条与第 10 条)",
                "C-A-001 的上级 C-A 不存在",
                "鉴定点 B-A-002 缺少重要程度 (X/Y/Z)",
                "B-A-003 的重要程度 \"W\" 无效, 应为 X、Y 或 Z",
                "鉴定点 B-A-003 缺少重要程度 (X/Y/Z)");
    }

    @Test
    void aRangeWithoutWeightAndAPointWithChildrenAreErrors() {
        List<KnowledgeRow> rows = new ArrayList<>(table());
        rows.set(1, row("A-A", "电路知识", null, "X"));
        KnowledgeTreeValidation v = validator.validate(Subject.THEORY, rows);
        assertThat(v.errors()).extracting(Violation::message).contains(
                "A-A 标有重要程度 X, 但有下级节点; 重要程度只标在末级鉴定点上",
                "鉴定范围 A-A 缺少鉴定比重",
                "A 的下级比重合计 12, 应为 15");
    }

    @Test
    void digitGroupCodesFindTheirParentByTheLongestPrefixOrByAnExplicitParent() {
        List<KnowledgeRow> rows = List.of(
                row("1", "职业道德", "40", null),
                row("11", "基本知识", "40", null),
                row("111", "道德观念", null, "X"),
                row("1102", "职业守则", null, "X"),
                row("2", "专业知识", "60", null),
                row("21", "电路", "60", null),
                row("2110", "欧姆定律", null, "X"),
                new KnowledgeRow("6-31-01-03", "电工", null, "三级", "理论知识", "0305", "基尔霍夫定律", null, "Y", "21"));
        KnowledgeTreeValidator.Built built = validator.build(Subject.THEORY, rows);
        assertThat(built.validation().errors()).isEmpty();
        assertThat(built.nodes()).extracting(n -> n.code.display())
                .containsExactly("1", "11", "111", "1102", "2", "21", "2110", "0305");
        DraftNode explicit = built.nodes().get(7);
        assertThat(explicit.parent.display()).isEqualTo("21");
        assertThat(explicit.code.segments()).containsExactly("2", "1", "0305");
        DraftNode prefixed = built.nodes().get(6);
        assertThat(prefixed.parent.display()).isEqualTo("21");
        assertThat(prefixed.code.segments()).containsExactly("2", "1", "10");
    }

    @Test
    void qualityThresholdsAreConfigurable() {
        KnowledgeQualityRules lenient = new KnowledgeQualityRules(new BigDecimal("0.5"), new BigDecimal("0.5"),
                new BigDecimal("0.5"), BigDecimal.ONE, 2);
        KnowledgeTreeValidation v = new KnowledgeTreeValidator(lenient).validate(Subject.THEORY, table());
        assertThat(v.errors()).isEmpty();
        assertThat(v.warnings()).extracting(Violation::message)
                .containsExactlyInAnyOrder("A-A 比重 3 只有 2 个鉴定点, 建议至少 3 个 (比重的 1 倍)",
                        "A-B 比重 12 只有 1 个鉴定点, 建议至少 12 个 (比重的 1 倍)",
                        "A 比重 15 只有 3 个鉴定点, 建议至少 15 个 (比重的 1 倍)",
                        "B 比重 85 只有 1 个鉴定点, 建议至少 85 个 (比重的 1 倍)",
                        "B-A 比重 85 只有 1 个鉴定点, 建议至少 85 个 (比重的 1 倍)");
    }

    @Test
    void aSkillModuleWithWeightIsALeafWithoutImportance() {
        List<KnowledgeRow> rows = List.of(row("A", "焊接操作", "70", null), row("B", "质量检验", "30", null));
        List<KnowledgeRow> skill = rows.stream().map(r -> new KnowledgeRow(r.occupationCode(), r.occupationName(),
                null, r.level(), "操作技能", r.code(), r.name(), r.weight(), r.importance())).toList();
        assertThat(validator.validate(Subject.SKILL, skill).errors()).isEmpty();
        assertThat(validator.validate(Subject.THEORY, rows).errors()).extracting(Violation::message)
                .contains("鉴定点 A 缺少重要程度 (X/Y/Z)", "细目表没有鉴定点 (末级节点须标注重要程度 X/Y/Z)");
    }

    /** A: 15 (A-A 3, A-B 12), B: 85 (B-A 85). */
    static List<KnowledgeRow> table() {
        return List.of(
                row("A", "基本知识", "15", null),
                row("A-A", "电路知识", "3", null),
                row("A-A-002", "交流电路", null, "X"),
                row("A-A-001", "直流电路", null, "Y"),
                row("A-B", "磁路知识", "12", null),
                row("B", "相关知识", "85", null),
                row("B-A", "安全", "85", null),
                row("B-A-001", "安全用电", null, "X"),
                row("A-B-001", "磁场", null, "X"));
    }

    static KnowledgeRow row(String code, String name, String weight, String importance) {
        return new KnowledgeRow("6-31-01-03", "电工", null, "三级", "理论知识", code, name,
                weight == null ? null : new BigDecimal(weight), importance);
    }
}
