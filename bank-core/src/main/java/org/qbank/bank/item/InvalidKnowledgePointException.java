package org.qbank.bank.item;

import java.util.List;

import org.qbank.bank.common.RuleViolationException;

/**
 * An item names a 鉴定点 that does not exist or that belongs to another institution, occupation, work type, level
 * or subject than the item's own 细目表. Code {@code invalid-knowledge-point}; each violation names the field
 * ({@code knowledgePointId}, or {@code items[n].knowledgePointId} in a bulk write) and the 鉴定点 id or code.
 */
public class InvalidKnowledgePointException extends RuleViolationException {

    public InvalidKnowledgePointException(List<Violation> violations) {
        super("invalid-knowledge-point", violations);
    }
}
