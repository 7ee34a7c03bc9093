package org.qbank.bank.plan;

/** Life of a batch's 考务方案. SUBMITTED and later are locked: changes go through amendments. */
public enum BatchState {
    DRAFT("草稿"),
    SUBMITTED("已报送"),
    APPROVED("已核准"),
    IN_PROGRESS("实施中"),
    COMPLETED("已完成"),
    CANCELLED("已取消");

    private final String displayName;

    BatchState(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
