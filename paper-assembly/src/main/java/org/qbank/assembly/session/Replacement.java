package org.qbank.assembly.session;

/** Where the replacement of a voided paper comes from: a kept 备用卷, or a fresh solve of a saved blueprint. */
public sealed interface Replacement {

    /** A spare draft (备用卷) of the same occupation, level and subject. */
    record Spare(long paperId) implements Replacement {
    }

    /** A fresh theory paper from a saved blueprint. */
    record Fresh(long blueprintId) implements Replacement {
    }

    /** A fresh skill paper from a saved skill blueprint. */
    record FreshSkill(long skillBlueprintId) implements Replacement {
    }
}
