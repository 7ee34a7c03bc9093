package org.qbank.assembly.blueprint;

import java.time.Instant;

/** A stored 组卷方案 of an institution. */
public record SavedBlueprint(long id, long institutionId, Blueprint blueprint, String createdBy, Instant updatedAt) {
}
