package org.qbank.bank.search;

/** A reviewer's decision on a near-duplicate pair. */
public enum PairMarkKind {
    /** Looked at and judged different: never reported again. */
    NOT_DUPLICATE("不是重复题"),
    /** Related items that must never share a paper (互斥); still reported, with the mark. */
    ENEMIES("互斥题");

    private final String displayName;

    PairMarkKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
