package org.qbank.tools.importing;

import java.time.LocalDate;
import java.util.List;

/** A review done on paper before import (状态 已审定): 3 to 5 experts and the date. */
public record ImportedReview(List<String> experts, LocalDate date) {

    public ImportedReview {
        experts = List.copyOf(experts);
    }
}
