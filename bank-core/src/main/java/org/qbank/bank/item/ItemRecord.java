package org.qbank.bank.item;

import org.qbank.bank.usage.UsageCounts;

/** One item as a bulk read returns it: the item with its latest and current versions, and its usage. */
public record ItemRecord(ItemView item, UsageCounts usage) {
}
