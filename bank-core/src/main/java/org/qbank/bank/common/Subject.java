package org.qbank.bank.common;

import java.util.Arrays;
import java.util.Optional;

/** 科目. 综合评审 exists for levels 二级 and 一级 only. */
public enum Subject {
    THEORY("理论知识", "理论"),
    SKILL("操作技能", "技能"),
    REVIEW("综合评审", "综合");

    private final String displayName;
    private final String shortName;

    Subject(String displayName, String shortName) {
        this.displayName = displayName;
        this.shortName = shortName;
    }

    public String displayName() {
        return displayName;
    }

    public String shortName() {
        return shortName;
    }

    public boolean allowedFor(Level level) {
        return this != REVIEW || level == Level.TWO || level == Level.ONE;
    }

    public static Optional<Subject> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(s -> s.displayName.equals(t) || s.shortName.equals(t) || s.name().equalsIgnoreCase(t)
                        || (s == SKILL && (t.equals("操作技能考核") || t.equals("技能操作"))))
                .findFirst();
    }
}
