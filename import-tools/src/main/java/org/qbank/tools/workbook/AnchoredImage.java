package org.qbank.tools.workbook;

/** A picture placed on a sheet with its top-left corner in the given cell (1-based row, 0-based column). */
public record AnchoredImage(int row, int column, String name, String contentType, byte[] data) {
}
