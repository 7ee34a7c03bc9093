package org.qbank.bank.review;

import java.util.EnumMap;
import java.util.Map;

final class RoundViews {

    private RoundViews() {
    }

    static RoundView of(ReviewRound r) {
        Map<RoundItemState, Long> counts = new EnumMap<>(RoundItemState.class);
        r.items().forEach(i -> counts.merge(i.state(), 1L, Long::sum));
        return new RoundView(r.getId(), r.institutionId(), r.occupationId(), r.workTypeId(), r.place(), r.state(),
                r.imported(), r.reviewDate(), r.conclusion(), r.openedAt(), r.closedAt(), r.levels(), r.subjects(),
                r.panel().stream().map(PanelMember::view).toList(), counts,
                r.signOffs().stream().map(LevelSignOff::view).toList(), r.lockVersion());
    }
}
