package org.qbank.bank.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;

/**
 * A round as every authorised reader sees it: header, panel (with qualification warnings), sign-offs and the
 * number of items per state. The items themselves are read by panel members only.
 */
public record RoundView(long id, long institutionId, long occupationId, Long workTypeId, String place,
                        RoundState state, boolean imported, LocalDate reviewDate, String conclusion, Instant openedAt,
                        Instant closedAt, List<Level> levels, Set<Subject> subjects, List<PanelMemberView> panel,
                        Map<RoundItemState, Long> itemCounts, List<SignOffView> signOffs, long lockVersion) {

    /** The warnings to show when the panel has experts below the expected qualification. */
    public List<String> warnings() {
        return panel.stream().filter(m -> m.qualificationWarning() != null)
                .map(m -> m.name() + ": " + m.qualificationWarning()).toList();
    }
}
