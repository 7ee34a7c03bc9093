package org.qbank.bank.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Subject;
import org.qbank.bank.knowledge.KnowledgePointLookup;
import org.qbank.bank.knowledge.KnowledgePointRef;
import org.springframework.stereotype.Component;

/**
 * The one rule for an item's 鉴定点: it exists, is current (not retired from its 细目表), and belongs to a tree of
 * the item's own institution, occupation, level and subject — the work type's tree or the occupation-wide one.
 * The foreign key {@code fk_item_knowledge_point} backs the first part in the database.
 */
@Component
class KnowledgePointCheck {

    private final KnowledgePointLookup lookup;

    KnowledgePointCheck(KnowledgePointLookup lookup) {
        this.lookup = lookup;
    }

    /** Where an item is (to be) filed. */
    record Filing(String field, long institutionId, long occupationId, Long workTypeId, Level level, Subject subject,
                  long knowledgePointId) {
    }

    /** Throws {@link InvalidKnowledgePointException} listing every filing whose 鉴定点 breaks the rule. */
    void requireAll(List<Filing> filings) {
        Map<Long, KnowledgePointRef> points = lookup.find(filings.stream().map(Filing::knowledgePointId).toList());
        List<Violation> problems = new ArrayList<>();
        for (Filing f : filings) {
            KnowledgePointRef p = points.get(f.knowledgePointId());
            // another institution's 细目表 is "not found", as everywhere: ids leak nothing across institutions
            if (p == null || p.institutionId() != f.institutionId()) {
                problems.add(new Violation(f.field(), "鉴定点不存在: " + f.knowledgePointId()));
            } else if (!p.serves(f.institutionId(), f.occupationId(), f.workTypeId(), f.level(), f.subject())) {
                problems.add(new Violation(f.field(), "鉴定点 " + p.code() + " 属于另一份细目表 (" + differences(p, f)
                        + "不符), 不能用于本题"));
            } else if (p.retired()) {
                problems.add(new Violation(f.field(), "鉴定点 " + p.code() + " 已从细目表中移除, 不能再用于试题"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgePointException(problems);
        }
    }

    void require(Filing filing) {
        requireAll(List.of(filing));
    }

    private static String differences(KnowledgePointRef p, Filing f) {
        StringBuilder s = new StringBuilder();
        if (p.occupationId() != f.occupationId()) {
            s.append("职业");
        }
        if (p.workTypeId() != null && !p.workTypeId().equals(f.workTypeId())) {
            s.append(s.isEmpty() ? "" : "、").append("工种");
        }
        if (p.level() != f.level()) {
            s.append(s.isEmpty() ? "" : "、").append("等级 ").append(p.level().grade()).append("/").append(f.level().grade());
        }
        if (p.subject() != f.subject()) {
            s.append(s.isEmpty() ? "" : "、").append("科目 ").append(p.subject().displayName()).append("/")
                    .append(f.subject().displayName());
        }
        return s.toString();
    }
}
