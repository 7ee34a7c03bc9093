package org.qbank.bank.item;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * 试题: the permanent identity and classification of an item, and pointers to its versions. Content lives in
 * immutable {@code item_version} rows; this aggregate only moves its pointers through guarded methods, and every
 * change bumps {@link #getLockVersion()} so a stale editor is detected.
 */
@Entity
@Table(name = "item")
class Item {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long institutionId;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private long occupationId;

    @Column(updatable = false)
    private Long workTypeId;

    @Column(nullable = false, updatable = false)
    private int level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Subject subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ItemType type;

    @Column(nullable = false)
    private long knowledgePointId;

    private String author;
    private String source;
    private String enemyGroup;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "current_version_no")
    private Integer currentVersionNo;

    @Column(name = "latest_version_no", nullable = false)
    private int latestVersionNo;

    private Instant retiredAt;

    @Version
    @Column(nullable = false)
    private long lockVersion;

    protected Item() {
    }

    Item(long institutionId, ItemCode code, long occupationId, Long workTypeId, Level level, Subject subject,
         ItemType type, long knowledgePointId, String author, String source, String enemyGroup, Instant createdAt,
         long createdBy) {
        this.institutionId = institutionId;
        this.code = code.value();
        this.occupationId = occupationId;
        this.workTypeId = workTypeId;
        this.level = level.number();
        this.subject = subject;
        this.type = type;
        this.knowledgePointId = knowledgePointId;
        this.author = author;
        this.source = source;
        this.enemyGroup = enemyGroup;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.latestVersionNo = 1;
    }

    /** Reserves the number of the next version; the caller writes the version row with it. */
    int addVersion() {
        requireActive();
        latestVersionNo++;
        return latestVersionNo;
    }

    /**
     * Makes {@code number} the current approved version and returns the number it replaces (null if none),
     * which the caller retires. An older version can never replace a newer approved one.
     */
    Integer approve(int number) {
        requireActive();
        if (currentVersionNo != null && number < currentVersionNo) {
            throw new ConflictException("older-version", "试题 " + code + " 已有更新的审定版本 v" + currentVersionNo
                    + ", 不能审定旧版本 v" + number);
        }
        Integer previous = currentVersionNo;
        currentVersionNo = number;
        return previous;
    }

    /** Takes the item out of use: no version stays eligible. Returns the approved version number that retires. */
    Integer retire(Instant at) {
        requireActive();
        retiredAt = at;
        Integer previous = currentVersionNo;
        currentVersionNo = null;
        return previous;
    }

    /** Refiles the item; returns a short note of what changed (empty when nothing did). */
    String reclassify(long newKnowledgePointId, String newEnemyGroup, String newSource) {
        requireActive();
        StringBuilder note = new StringBuilder();
        if (newKnowledgePointId != knowledgePointId) {
            note.append("鉴定点 ").append(knowledgePointId).append(" → ").append(newKnowledgePointId).append("; ");
            knowledgePointId = newKnowledgePointId;
        }
        if (!java.util.Objects.equals(newEnemyGroup, enemyGroup)) {
            note.append("互斥组 ").append(enemyGroup).append(" → ").append(newEnemyGroup).append("; ");
            enemyGroup = newEnemyGroup;
        }
        if (!java.util.Objects.equals(newSource, source)) {
            note.append("来源 ").append(source).append(" → ").append(newSource).append("; ");
            source = newSource;
        }
        return note.toString().strip();
    }

    void requireActive() {
        if (retiredAt != null) {
            throw new ConflictException("item-retired", "试题 " + code + " 已停用, 不能再修改");
        }
    }

    Long getId() {
        return id;
    }

    long getInstitutionId() {
        return institutionId;
    }

    ItemCode getCode() {
        return ItemCode.of(code);
    }

    long getOccupationId() {
        return occupationId;
    }

    Long getWorkTypeId() {
        return workTypeId;
    }

    Level getLevel() {
        return Level.ofNumber(level);
    }

    Subject getSubject() {
        return subject;
    }

    ItemType getType() {
        return type;
    }

    long getKnowledgePointId() {
        return knowledgePointId;
    }

    String getAuthor() {
        return author;
    }

    String getSource() {
        return source;
    }

    String getEnemyGroup() {
        return enemyGroup;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Integer getCurrentVersionNo() {
        return currentVersionNo;
    }

    int getLatestVersionNo() {
        return latestVersionNo;
    }

    Instant getRetiredAt() {
        return retiredAt;
    }

    long getLockVersion() {
        return lockVersion;
    }
}
