package org.qbank.portal.paper;

import jakarta.validation.constraints.NotNull;

/** Which saved 操作技能 blueprint to draw a skill session's paper from. */
record SkillDrawRequest(@NotNull Long skillBlueprintId) {
}
