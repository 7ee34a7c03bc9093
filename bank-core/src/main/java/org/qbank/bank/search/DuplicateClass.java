package org.qbank.bank.search;

/** How close an existing item is to the one being checked. */
public enum DuplicateClass {
    /** Asks the same thing: same stem (up to rewording), same options in any order, same key. */
    DUPLICATE("重复"),
    /** Same stem with other options or key, or with changed numbers: a distinct item to review, not a copy. */
    VARIANT("变体"),
    /**
     * Not proven the same, but the same answer under other words, so a person should look (疑似改写): same
     * options and key under a reworded stem, or a true 判断 statement naming exactly the keyed options.
     */
    POSSIBLE_REWORDING("疑似改写"),
    NOT_SIMILAR("不相似");

    private final String displayName;

    DuplicateClass(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
