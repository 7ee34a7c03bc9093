package org.qbank.bank.review;

import org.qbank.bank.item.ItemStatus;

/** One version a signed level covers, with the status it must keep in the bank. */
public record CoveredVersion(long itemId, String itemCode, long versionId, int versionNumber, String contentHash,
                             ItemStatus expectedStatus) {
}
