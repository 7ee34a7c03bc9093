package org.qbank.assembly.blueprint;

import java.time.Instant;

/** A stored 操作技能 blueprint of an institution. */
public record SavedSkillBlueprint(long id, long institutionId, SkillBlueprint blueprint, String createdBy,
                                  Instant updatedAt) {
}
