package org.qbank.bank.knowledge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * The head of one 鉴定要素细目表. Its nodes live in {@link KnowledgeNode}; every import that changes them is a new
 * {@code revision}, and the optimistic {@code version} turns a concurrent import into a conflict.
 */
@Entity
@Table(name = "knowledge_tree")
class KnowledgeTree {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long institutionId;

    @Column(nullable = false)
    private long occupationId;

    private Long workTypeId;

    @Convert(converter = LevelNumberConverter.class)
    @Column(nullable = false)
    private Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Subject subject;

    @Column(nullable = false)
    private String scopeKey;

    private int revision;
    private int nodeCount;
    private int pointCount;

    @Column(nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected KnowledgeTree() {
    }

    KnowledgeTree(long institutionId, long occupationId, Long workTypeId, Level level, Subject subject) {
        this.institutionId = institutionId;
        this.occupationId = occupationId;
        this.workTypeId = workTypeId;
        this.level = level;
        this.subject = subject;
        this.scopeKey = scopeKey(institutionId, occupationId, workTypeId, level, subject);
        this.contentHash = "";
    }

    static String scopeKey(long institutionId, long occupationId, Long workTypeId, Level level, Subject subject) {
        return institutionId + ":" + occupationId + ":" + (workTypeId == null ? 0 : workTypeId) + ":"
                + level.number() + ":" + subject.name();
    }

    /** Records an import that changed the content; an identical re-import is not a revision. */
    boolean recordImport(String newHash, int nodes, int points, Instant at, String by) {
        if (newHash.equals(contentHash)) {
            return false;
        }
        contentHash = newHash;
        nodeCount = nodes;
        pointCount = points;
        revision++;
        updatedAt = at;
        updatedBy = by;
        return true;
    }

    Long getId() {
        return id;
    }

    long getInstitutionId() {
        return institutionId;
    }

    long getOccupationId() {
        return occupationId;
    }

    Long getWorkTypeId() {
        return workTypeId;
    }

    Level getLevel() {
        return level;
    }

    Subject getSubject() {
        return subject;
    }

    int getRevision() {
        return revision;
    }

    int getNodeCount() {
        return nodeCount;
    }

    int getPointCount() {
        return pointCount;
    }

    String getContentHash() {
        return contentHash;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
