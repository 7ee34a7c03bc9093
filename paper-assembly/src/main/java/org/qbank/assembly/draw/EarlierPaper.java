package org.qbank.assembly.draw;

import java.util.Set;

/**
 * A paper issued earlier (ISSUED, USED or VOIDED) for the same occupation, work type, level and subject.
 *
 * @param itemIds    its items (items, not versions)
 * @param inLookBack within the policy's look-back period, so the overlap limit applies; older papers still may
 *                   not be repeated as a whole
 */
public record EarlierPaper(String label, Set<Long> itemIds, boolean inLookBack) {

    public EarlierPaper {
        itemIds = Set.copyOf(itemIds);
    }
}
