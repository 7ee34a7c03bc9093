package org.qbank.tools.testdata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small test workbooks cell by cell with POI (strings unless a value is a Number). */
public final class WorkbookBuilder implements AutoCloseable {

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private Sheet sheet;

    public WorkbookBuilder sheet(String name, String... header) {
        sheet = wb.createSheet(name);
        if (header.length > 0) {
            row((Object[]) header);
        }
        return this;
    }

    public WorkbookBuilder row(Object... values) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                row.createCell(i).setCellValue(v.toString());
            }
        }
        return this;
    }

    public WorkbookBuilder rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    /** A PNG picture floating over the current sheet's cell at {@code row}, {@code column} (0-based). */
    public WorkbookBuilder picture(byte[] png, int row, int column) {
        int picture = wb.addPicture(png, XSSFWorkbook.PICTURE_TYPE_PNG);
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setRow1(row);
        anchor.setCol1(column);
        sheet.createDrawingPatriarch().createPicture(anchor, picture);
        return this;
    }

    public Sheet current() {
        return sheet;
    }

    public XSSFWorkbook workbook() {
        return wb;
    }

    public Path save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }
}
