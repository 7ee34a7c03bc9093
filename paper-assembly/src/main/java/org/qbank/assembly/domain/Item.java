package org.qbank.assembly.domain;

import java.util.List;

import org.qbank.assembly.blueprint.Importance;
import org.qbank.bank.item.ItemType;

/**
 * A planning value: one approved item version that may fill a slot. Identity is the item (not the version);
 * derived fields are computed once when the problem is built so constraints only read them.
 */
public final class Item {

    private final long itemId;
    private final String code;
    private final long versionId;
    private final ItemType type;
    private final String rangeCode;
    private final String pointCode;
    private final Importance importance;
    private final int difficulty;
    private final List<String> enemyGroups;
    private final int sessionsIssued;
    private final int remainingExposure;
    private final boolean approved;
    private final int[] earlierPapers;

    /**
     * @param rangeCode         the 鉴定范围 this item counts for at the blueprint's allocation depth (null by type)
     * @param remainingExposure sessions it may still be issued to under the exposure cap
     * @param earlierPapers     indices of the look-back earlier papers that contain this item
     */
    public Item(long itemId, String code, long versionId, ItemType type, String rangeCode, String pointCode,
                Importance importance, int difficulty, List<String> enemyGroups, int sessionsIssued,
                int remainingExposure, boolean approved, int[] earlierPapers) {
        this.itemId = itemId;
        this.code = code;
        this.versionId = versionId;
        this.type = type;
        this.rangeCode = rangeCode;
        this.pointCode = pointCode;
        this.importance = importance;
        this.difficulty = difficulty;
        this.enemyGroups = List.copyOf(enemyGroups);
        this.sessionsIssued = sessionsIssued;
        this.remainingExposure = remainingExposure;
        this.approved = approved;
        this.earlierPapers = earlierPapers.clone();
    }

    public long itemId() {
        return itemId;
    }

    public String code() {
        return code;
    }

    public long versionId() {
        return versionId;
    }

    public ItemType type() {
        return type;
    }

    public String rangeCode() {
        return rangeCode;
    }

    public String pointCode() {
        return pointCode;
    }

    public Importance importance() {
        return importance;
    }

    public int difficulty() {
        return difficulty;
    }

    public List<String> enemyGroups() {
        return enemyGroups;
    }

    public boolean hasEnemies() {
        return !enemyGroups.isEmpty();
    }

    public boolean isEnemyOf(Item other) {
        if (other.itemId == itemId) {
            return false;
        }
        for (String g : enemyGroups) {
            if (other.enemyGroups.contains(g)) {
                return true;
            }
        }
        return false;
    }

    public int sessionsIssued() {
        return sessionsIssued;
    }

    public int remainingExposure() {
        return remainingExposure;
    }

    public boolean approved() {
        return approved;
    }

    /** Look-back earlier papers containing this item (do not modify). */
    public int[] earlierPapers() {
        return earlierPapers;
    }

    public int importanceCost() {
        return importance == null ? 0 : importance.preferenceCost();
    }

    @Override
    public String toString() {
        return code;
    }
}
