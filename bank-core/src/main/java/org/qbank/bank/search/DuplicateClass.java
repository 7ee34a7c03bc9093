package org.qbank.bank.search;

/** How close an existing item is to the one being checked. */
public enum DuplicateClass {
    /** Asks the same thing: same stem (up to rewording), same options in any order, same key. */
    DUPLICATE("重复"),
    /** Same stem with other options or key, or with changed numbers: a distinct item to review, not a copy. */
    VARIANT("变体"),
    NOT_SIMILAR("不相似");

    private final String displayName;

    DuplicateClass(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
