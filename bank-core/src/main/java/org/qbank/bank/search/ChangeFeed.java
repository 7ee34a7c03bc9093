package org.qbank.bank.search;

import java.util.Map;
import java.util.Set;

/** Where committed item changes are read from, by per-institution sequence number. */
interface ChangeFeed {

    /** The latest committed seq of every institution. */
    Map<Long, Long> heads();

    /** Ids of items changed in one institution with {@code afterSeq < seq <= upToSeq}. */
    Set<Long> changedItems(long institutionId, long afterSeq, long upToSeq);
}
