package org.qbank.portal.knowledge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;
import org.qbank.bank.knowledge.KnowledgeImportResult;
import org.qbank.bank.knowledge.KnowledgeNodeView;
import org.qbank.bank.knowledge.KnowledgeRow;
import org.qbank.bank.knowledge.KnowledgeTreeSummary;
import org.qbank.bank.knowledge.KnowledgeTreeValidation;
import org.qbank.bank.knowledge.KnowledgeTreeView;

/** The wire shapes of the 细目表 API. Levels travel as 5..1 with their Chinese name alongside. */
final class KnowledgeTreeDtos {

    private KnowledgeTreeDtos() {
    }

    /**
     * Rows of the 鉴定要素细目表 sheet (DOMAIN §7) as JSON. {@code expectedVersion}: the version of the single tree
     * last read, to refuse a stale replacement.
     */
    record ImportRequest(@NotNull(message = "请指定机构") Long institutionId,
                         @NotEmpty(message = "至少需要一行") List<@Valid Row> rows, Long expectedVersion) {
        List<KnowledgeRow> toRows() {
            return rows.stream().map(Row::toRow).toList();
        }
    }

    /** {@code level}: 五级…一级, 初级工…高级技师 or 5..1; {@code subject}: 理论知识/操作技能/综合评审; {@code importance}: X/Y/Z. */
    record Row(String occupationCode, String occupationName, String workType, String level, String subject,
               String code, String name, BigDecimal weight, String importance, String parentCode) {
        KnowledgeRow toRow() {
            return new KnowledgeRow(occupationCode, occupationName, workType, level, subject, code, name, weight,
                    importance, parentCode);
        }
    }

    record Problem(String field, String message) {
        static List<Problem> of(List<Violation> violations) {
            return violations.stream().map(v -> new Problem(v.field(), v.message())).toList();
        }
    }

    record Validation(boolean valid, List<Problem> errors, List<Problem> warnings, int nodeCount, int pointCount,
                      int xCount, int yCount, int zCount) {
        static Validation of(KnowledgeTreeValidation v) {
            return new Validation(v.valid(), Problem.of(v.errors()), Problem.of(v.warnings()), v.nodeCount(),
                    v.pointCount(), v.xCount(), v.yCount(), v.zCount());
        }
    }

    /** {@code treeId} is null when validating a tree not stored yet. */
    record ImportResult(Long treeId, String occupationCode, String workType, int level, String levelName,
                        Subject subject, int revision, int added, int changed, int retired, Validation validation) {
        static ImportResult of(KnowledgeImportResult r) {
            return new ImportResult(r.treeId(), r.occupationCode(), r.workType(), r.level().number(),
                    r.level().displayName(), r.subject(), r.revision(), r.added(), r.changed(), r.retired(),
                    Validation.of(r.validation()));
        }
    }

    record Summary(long id, String occupationCode, String occupationName, String workType, int level,
                   String levelName, Subject subject, int revision, long version, int nodeCount, int pointCount,
                   Instant updatedAt) {
        static Summary of(KnowledgeTreeSummary s) {
            return new Summary(s.id(), s.occupationCode(), s.occupationName(), s.workType(), s.level().number(),
                    s.level().displayName(), s.subject(), s.revision(), s.version(), s.nodeCount(), s.pointCount(),
                    s.updatedAt());
        }
    }

    record Tree(long id, long institutionId, String occupationCode, String occupationName, String workType,
                int level, String levelName, Subject subject, int revision, long version, Instant updatedAt,
                int pointCount, List<Node> roots) {
        static Tree of(KnowledgeTreeView t) {
            return new Tree(t.id(), t.institutionId(), t.occupationCode(), t.occupationName(), t.workType(),
                    t.level().number(), t.level().displayName(), t.subject(), t.revision(), t.version(), t.updatedAt(),
                    t.pointCount(), t.roots().stream().map(Node::of).toList());
        }
    }

    /** {@code weight} on 鉴定范围, {@code importance} (X/Y/Z) on 鉴定点. */
    record Node(long id, String code, String name, BigDecimal weight, String importance, int depth, boolean point,
                List<Node> children) {
        static Node of(KnowledgeNodeView n) {
            return new Node(n.id(), n.displayCode(), n.name(), n.weight(),
                    n.importance() == null ? null : n.importance().name(), n.depth(), n.isPoint(),
                    n.children().stream().map(Node::of).toList());
        }
    }
}
