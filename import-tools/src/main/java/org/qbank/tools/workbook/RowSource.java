package org.qbank.tools.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/** Sheets read row by row without holding a sheet in memory: an .xlsx (SAX) or a CSV (one sheet). */
public interface RowSource extends Closeable {

    List<String> sheetNames();

    /** Streams the rows of a sheet, blank rows included (callers decide), merged cells filled from their top-left. */
    void read(String sheet, Consumer<SheetRow> rows) throws IOException;

    /** Pictures anchored on the sheet, by 1-based row; empty for CSV. */
    default List<AnchoredImage> images(String sheet) throws IOException {
        return List.of();
    }

    @Override
    void close() throws IOException;
}
