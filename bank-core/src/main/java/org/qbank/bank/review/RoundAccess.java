package org.qbank.bank.review;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.common.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may read what of a round: its header and sheet — the panel and the institution's administrators and
 * inspectors; its items and verdicts — the panel only. Other institutions' rounds are not found.
 */
@Component
class RoundAccess {

    private static final Role[] OVERSEERS = {Role.INSTITUTION_ADMIN, Role.EXAM_ADMIN, Role.PLATFORM_ADMIN, Role.INSPECTOR};

    private final ReviewRounds rounds;

    RoundAccess(ReviewRounds rounds) {
        this.rounds = rounds;
    }

    ReviewRound visible(Actor actor, long roundId) {
        ReviewRound round = rounds.findById(roundId).orElseThrow(() -> NotFoundException.of("评审轮次", roundId));
        actor.requireInstitution(round.institutionId(), "评审轮次", roundId);
        if (!round.isMember(actor.userId()) && !oversees(actor)) {
            throw new AccessDeniedException("只有本轮评审专家组成员和机构管理人员可以查看评审轮次");
        }
        return round;
    }

    boolean oversees(Actor actor) {
        return actor.hasAny(OVERSEERS);
    }

    ReviewRound forMember(Actor actor, long roundId) {
        ReviewRound round = rounds.findById(roundId).orElseThrow(() -> NotFoundException.of("评审轮次", roundId));
        actor.requireInstitution(round.institutionId(), "评审轮次", roundId);
        if (!round.isMember(actor.userId())) {
            throw new AccessDeniedException("只有本轮评审专家组成员可以查看评审试题和评审意见");
        }
        return round;
    }
}
