package org.qbank.bank.knowledge;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One node of a 细目表: a 鉴定范围 (weighted) or a 鉴定点 (leaf with 重要程度). Retired, never deleted. */
@Entity
@Table(name = "knowledge_node")
class KnowledgeNode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long treeId;

    private Long parentId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String segments;

    @Column(nullable = false)
    private String name;

    private BigDecimal weight;

    @Enumerated(EnumType.STRING)
    private Importance importance;

    private int depth;
    private int sortOrder;
    private boolean retired;

    protected KnowledgeNode() {
    }

    KnowledgeNode(long treeId, KnowledgePointCode code) {
        this.treeId = treeId;
        this.code = code.display();
    }

    /** Takes the content of {@code draft}; true when anything the users see changed. */
    boolean apply(DraftNode draft, Long parentId, int sortOrder) {
        String newSegments = String.join("/", draft.code.segments());
        boolean changed = retired || !Objects.equals(this.parentId, parentId) || !draft.name.equals(name)
                || !sameWeight(draft.weight) || draft.importance != importance || !newSegments.equals(segments);
        this.parentId = parentId;
        this.segments = newSegments;
        this.name = draft.name;
        this.weight = draft.weight;
        this.importance = draft.importance;
        this.depth = draft.code.depth();
        this.sortOrder = sortOrder;
        this.retired = false;
        return changed;
    }

    /** Retires a node whose code left the table; true when it was active. */
    boolean retire() {
        boolean was = !retired;
        retired = true;
        return was;
    }

    private boolean sameWeight(BigDecimal w) {
        return weight == null ? w == null : w != null && weight.compareTo(w) == 0;
    }

    KnowledgePointCode codeValue() {
        return new KnowledgePointCode(Arrays.asList(segments.split("/")), code);
    }

    Long getId() {
        return id;
    }

    Long getParentId() {
        return parentId;
    }

    String getCode() {
        return code;
    }

    List<String> segmentList() {
        return List.of(segments.split("/"));
    }

    String getName() {
        return name;
    }

    BigDecimal getWeight() {
        return weight;
    }

    Importance getImportance() {
        return importance;
    }

    int getDepth() {
        return depth;
    }

    boolean isRetired() {
        return retired;
    }
}
