package org.qbank.portal.paper;

import java.util.stream.Stream;

import org.qbank.assembly.session.Replacement;
import org.qbank.bank.common.RuleViolationException;

/**
 * Why the paper is voided (required unless it is voided already) and exactly one source of its replacement: a
 * kept 备用卷, a theory blueprint or a skill blueprint.
 */
record ReplaceRequest(String reason, Long sparePaperId, Long blueprintId, Long skillBlueprintId) {

    Replacement source() {
        if (Stream.of(sparePaperId, blueprintId, skillBlueprintId).filter(v -> v != null).count() != 1) {
            throw RuleViolationException.of("sparePaperId", "须且只须给出一个替换来源: sparePaperId、blueprintId 或 skillBlueprintId");
        }
        if (sparePaperId != null) {
            return new Replacement.Spare(sparePaperId);
        }
        return blueprintId != null ? new Replacement.Fresh(blueprintId) : new Replacement.FreshSkill(skillBlueprintId);
    }
}
