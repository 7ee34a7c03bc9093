package org.qbank.bank.plan;

import org.qbank.bank.common.Subject;

/** 考试方式 of a session. */
public enum ExamMode {
    WRITTEN("笔试"),
    COMPUTER("机考"),
    PRACTICAL("实操");

    private final String displayName;

    ExamMode(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** 操作技能 is practical; 理论知识 and 综合评审 default to written. */
    public static ExamMode defaultFor(Subject subject) {
        return subject == Subject.SKILL ? PRACTICAL : WRITTEN;
    }
}
