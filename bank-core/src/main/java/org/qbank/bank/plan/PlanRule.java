package org.qbank.bank.plan;

/** The rules of the standard a 考务方案 is checked against; each failure names one. */
public enum PlanRule {
    SESSIONS("场次"),
    DURATION("考试时长"),
    PROCTORS("监考人数"),
    ROOM_SIZE("理论考场人数"),
    EXAMINERS("考评员人数"),
    EXAMINER_GROUP("考评组"),
    WORKSTATIONS("工位数"),
    SUPERVISOR("督导员"),
    SITE("考点");

    private final String displayName;

    PlanRule(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
