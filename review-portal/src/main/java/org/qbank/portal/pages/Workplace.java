package org.qbank.portal.pages;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.RuleViolationException;

/** The institution a page works in: the signed-in user's (the lowest id when they hold several). */
public final class Workplace {

    private Workplace() {
    }

    public static long institutionOf(Actor actor) {
        return actor.institutionIds().stream().mapToLong(Long::longValue).min()
                .orElseThrow(() -> RuleViolationException.of("institution", "您尚未加入任何评价机构"));
    }
}
