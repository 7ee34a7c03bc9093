package org.qbank.bank.item;

import java.util.List;

/** A page of {@link ItemSummary}, ordered by 试题编码; {@code total} counts all matching items. */
public record ItemPage(List<ItemSummary> items, long total, int page, int size) {

    public ItemPage {
        items = List.copyOf(items);
    }
}
