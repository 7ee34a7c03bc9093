package org.qbank.assembly.blueprint;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.RuleViolationException;

/**
 * How a saved blueprint, theory or 操作技能, is named and may change. Names are unique per institution. A paper keeps only the name of the blueprint it was drawn
 * with, so one that papers used is never changed: its edit becomes a new blueprint, which needs a name of its own.
 * An unused one changes in place, and its {@code updated_at} is its version.
 */
final class BlueprintRevisionRule {

    private BlueprintRevisionRule() {
    }

    /** Refuses keeping the name of a blueprint that {@code papers} papers were drawn under. */
    static void requireNewName(String name, String was, int papers) {
        if (papers > 0 && name.equals(was)) {
            throw RuleViolationException.of("name", "组卷方案 " + name + " 已用于 " + papers
                    + " 份试卷, 不能修改; 修改后的方案将另存为新方案, 请另起一个名称");
        }
    }

    /** Another blueprint of the institution has the name. */
    static ConflictException nameTaken(String name) {
        return new ConflictException("duplicate-blueprint", "组卷方案 " + name + " 已存在");
    }

    /** Saved by someone else since the editor read it. */
    static ConflictException changedMeanwhile(String name) {
        return new ConflictException("stale-blueprint", "组卷方案 " + name + " 已被他人修改, 请重新打开后再修改");
    }

    /** The version an in-place change stores: it moves forward even for two saves within one second. */
    static Instant nextVersion(Clock clock, Instant expectedUpdatedAt) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return expectedUpdatedAt == null || now.isAfter(expectedUpdatedAt) ? now : expectedUpdatedAt.plusSeconds(1);
    }
}
