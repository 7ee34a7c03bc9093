package org.qbank.bank.plan;

/** Roles of the people named in a 考务方案. */
public enum StaffRole {
    CHIEF("考务负责人"),
    PROCTOR("监考员"),
    EXAMINER("考评员"),
    TECHNICIAN("技术人员"),
    SUPERVISOR("督导员");

    private final String displayName;

    StaffRole(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
