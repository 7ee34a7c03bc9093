package org.qbank.bank.plan;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a plan's history: {@code number} 0 is the submission (its changes list the whole plan as filed),
 * then each amendment with its reason, who, when, the state it was made in, and the fields it changed.
 */
public record AmendmentView(int number, String kind, String reason, String actorName, Instant at, BatchState state,
                            List<FieldChange> changes) {

    public AmendmentView {
        changes = List.copyOf(changes);
    }

    /** One changed field: a path such as {@code sessions[T1].candidates} or {@code staff[2].name}. */
    public record FieldChange(String path, String before, String after) {
    }
}
