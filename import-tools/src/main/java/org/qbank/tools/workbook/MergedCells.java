package org.qbank.tools.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The merged areas of one sheet, collected by a SAX pass over {@code <mergeCell ref="A2:A5"/>}, then used while the
 * rows stream: the top-left value is remembered and copied into every other cell of its area.
 */
final class MergedCells extends DefaultHandler {

    private final List<CellRangeAddress> areas = new ArrayList<>();
    private final Map<CellRangeAddress, Cell> topLeft = new HashMap<>();

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if ("mergeCell".equals(localName)) {
            areas.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
        }
    }

    void remember(int rowNumber, int col, Cell cell) {
        for (CellRangeAddress a : areas) {
            if (a.getFirstRow() == rowNumber - 1 && a.getFirstColumn() == col) {
                topLeft.put(a, cell);
            }
        }
    }

    void fill(int rowNumber, List<Cell> cells) {
        for (CellRangeAddress a : areas) {
            Cell value = topLeft.get(a);
            if (value == null || !a.containsRow(rowNumber - 1)) {
                continue;
            }
            for (int c = a.getFirstColumn(); c <= a.getLastColumn(); c++) {
                if (c == a.getFirstColumn() && a.getFirstRow() == rowNumber - 1) {
                    continue;
                }
                while (cells.size() <= c) {
                    cells.add(Cell.EMPTY);
                }
                cells.set(c, value);
            }
        }
    }
}
