package org.qbank.bank.search;

import java.util.Collection;
import java.util.Map;

/** The marks between one item and some others, by the other item's id. */
interface MarkLookup {

    Map<Long, PairMarkKind> marks(long institutionId, long itemId, Collection<Long> others);

    MarkLookup NONE = (institutionId, itemId, others) -> Map.of();
}
