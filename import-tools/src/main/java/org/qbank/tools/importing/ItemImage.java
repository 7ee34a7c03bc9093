package org.qbank.tools.importing;

/** A picture of an item: from the zip next to the workbook or placed on the item's row. */
public record ItemImage(String name, String contentType, byte[] data) {
}
