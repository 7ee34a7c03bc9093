package org.qbank.portal.pages.draw;

import java.util.Arrays;

import org.qbank.bank.common.NotFoundException;

/** The three printed documents of a skill paper, by the path segment that asks for them. */
enum SkillDocument {
    PREPARATION("preparation", "准备通知单"),
    TASKS("tasks", "试题单"),
    SCORES("scores", "评分记录表");

    private final String path;
    private final String title;

    SkillDocument(String path, String title) {
        this.path = path;
        this.title = title;
    }

    static SkillDocument of(String path) {
        return Arrays.stream(values()).filter(d -> d.path.equals(path)).findFirst()
                .orElseThrow(() -> NotFoundException.of("操作技能试卷文档", path));
    }

    String path() {
        return path;
    }

    String title() {
        return title;
    }
}
