package org.qbank.assembly.paper;

/** A question of a paper at its position (1-based), pinned to one item version. */
public record PaperItem(int position, long itemId, String itemCode, long versionId) {
}
