package org.qbank.assembly.paper;

/** DRAFT → ISSUED (bound to one session) → USED | VOIDED. Only DRAFT papers may be discarded. */
public enum PaperStatus {
    DRAFT("草稿"), ISSUED("已发放"), USED("已使用"), VOIDED("已作废");

    private final String displayName;

    PaperStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
