package org.qbank.assembly.job;

/** Where an assembly job is. */
public enum JobState {
    RUNNING("组卷中"), ASSEMBLED("已组卷"), NOT_ASSEMBLED("未能组卷"), FAILED("出错");

    private final String displayName;

    JobState(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean finished() {
        return this != RUNNING;
    }
}
