package org.qbank.bank.knowledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A node of a 细目表 being imported, before it is stored: built and checked by {@link KnowledgeTreeValidator}. */
final class DraftNode {
    final int rowNumber;
    KnowledgePointCode code;
    final String name;
    final BigDecimal weight;
    final Importance importance;
    DraftNode parent;
    /** Its parent is missing: already reported, so it is not treated as a top-level node. */
    boolean orphan;
    final List<DraftNode> children = new ArrayList<>();

    DraftNode(int rowNumber, KnowledgePointCode code, String name, BigDecimal weight, Importance importance) {
        this.rowNumber = rowNumber;
        this.code = code;
        this.name = name;
        this.weight = weight;
        this.importance = importance;
    }

    boolean isPoint() {
        return children.isEmpty() && importance != null;
    }

    int pointsBelow() {
        if (children.isEmpty()) {
            return importance != null ? 1 : 0;
        }
        return children.stream().mapToInt(DraftNode::pointsBelow).sum();
    }

    String display() {
        return code.display();
    }
}
