package org.qbank.bank.review;

import org.qbank.bank.item.ItemStatus;

/**
 * Where one item stands in a round. PENDING until the leader concludes it; 修改后通过 waits in AWAITING_REVISION
 * until the leader confirms the writer's revised version or moves the item to a later round.
 */
public enum RoundItemState {
    PENDING("待结论", false),
    PASSED("通过", true),
    FAILED("不通过", true),
    AWAITING_REVISION("待修改确认", false),
    REVISION_CONFIRMED("修改后通过", true),
    MOVED_OUT("移至后续评审", true);

    private final String displayName;
    private final boolean settled;

    RoundItemState(String displayName, boolean settled) {
        this.displayName = displayName;
        this.settled = settled;
    }

    public String displayName() {
        return displayName;
    }

    /** Settled items allow the level to be signed. */
    public boolean settled() {
        return settled;
    }

    /** Whether the signed sheet covers the item (everything settled except what was moved out). */
    public boolean covered() {
        return settled && this != MOVED_OUT;
    }

    /** The status the covered version must keep in the bank for the signed sheet to stay valid. */
    public ItemStatus expectedStatus() {
        return this == FAILED ? ItemStatus.REJECTED : ItemStatus.APPROVED;
    }
}
