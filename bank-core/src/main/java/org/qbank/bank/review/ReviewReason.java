package org.qbank.bank.review;

/** The review checklist (DOMAIN §5): what an expert's verdict refers to. */
public enum ReviewReason {
    KNOWLEDGE_POINT("与鉴定点一致"),
    SINGLE_KEY("答案唯一"),
    WORDING("表述规范"),
    DIFFICULTY("难度"),
    OUT_OF_SCOPE("超纲"),
    DUPLICATE("重复");

    private final String displayName;

    ReviewReason(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
