package org.qbank.bank.item;

import org.qbank.bank.common.ConflictException;

/** A version's status cannot move from {@link #from()} to {@link #to()}. */
public class IllegalStatusTransitionException extends ConflictException {
    private final ItemStatus from;
    private final ItemStatus to;

    public IllegalStatusTransitionException(ItemStatus from, ItemStatus to) {
        super("illegal-status-transition", "试题版本状态不能从「" + from.displayName() + "」变为「" + to.displayName() + "」");
        this.from = from;
        this.to = to;
    }

    public ItemStatus from() {
        return from;
    }

    public ItemStatus to() {
        return to;
    }
}
