package org.qbank.bank.access;

/** qbank's roles. INSPECTOR may hold several institutions and only reads. */
public enum Role {
    PLATFORM_ADMIN("平台管理员"),
    INSTITUTION_ADMIN("机构管理员"),
    ITEM_WRITER("命题人"),
    REVIEWER("评审专家"),
    EXAM_ADMIN("考务管理员"),
    INSPECTOR("督导检查员");

    private final String displayName;

    Role(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
