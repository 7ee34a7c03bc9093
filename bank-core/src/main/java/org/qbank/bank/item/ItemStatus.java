package org.qbank.bank.item;

import java.util.EnumSet;
import java.util.Set;

/**
 * Status of one item version. DRAFT → SUBMITTED → APPROVED | REVISE | REJECTED; APPROVED → RETIRED.
 * REVISE and REJECTED end a version's life: the writer's next edit is a new DRAFT version.
 * Only APPROVED versions are eligible for papers.
 */
public enum ItemStatus {
    DRAFT("草稿"),
    SUBMITTED("待审"),
    APPROVED("已审定"),
    REVISE("需修改"),
    REJECTED("未通过"),
    RETIRED("停用");

    private final String displayName;

    ItemStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public Set<ItemStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(APPROVED, REVISE, REJECTED);
            case APPROVED -> EnumSet.of(RETIRED);
            case REVISE, REJECTED, RETIRED -> EnumSet.noneOf(ItemStatus.class);
        };
    }

    public boolean canBecome(ItemStatus target) {
        return next().contains(target);
    }

    /** Returns {@code target} when the move is legal, otherwise throws {@link IllegalStatusTransitionException}. */
    public ItemStatus transitionTo(ItemStatus target) {
        if (!canBecome(target)) {
            throw new IllegalStatusTransitionException(this, target);
        }
        return target;
    }

    public boolean eligibleForPapers() {
        return this == APPROVED;
    }

    /** Parses the Chinese display name (as in the workbook's 状态 column) or the enum name. */
    public static java.util.Optional<ItemStatus> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String t = text.strip();
        for (ItemStatus s : values()) {
            if (s.displayName.equals(t) || s.name().equalsIgnoreCase(t)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
