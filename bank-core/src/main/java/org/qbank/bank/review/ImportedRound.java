package org.qbank.bank.review;

import java.time.LocalDate;
import java.util.List;

/**
 * A review done on paper before the bank was imported (workbook 状态 已审定): 3 to 5 named experts (the first is
 * taken as the group leader) and the date, over APPROVED versions of one occupation (and work type).
 */
public record ImportedRound(long institutionId, long occupationId, Long workTypeId, String place, List<String> experts,
                            LocalDate date, List<Long> versionIds) {

    public ImportedRound {
        experts = experts == null ? List.of() : List.copyOf(experts);
        versionIds = versionIds == null ? List.of() : List.copyOf(versionIds);
    }
}
