package org.qbank.tools.workbook;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A CSV file as a one-sheet source. Encoding: UTF-8 with or without BOM when the bytes are valid UTF-8, otherwise
 * GB18030 (what Excel and WPS save as "CSV" on Chinese Windows). Quoted fields with commas and line breaks follow
 * RFC 4180. The sheet is named by the caller (from the header) since a CSV has none.
 */
public final class CsvRowSource implements RowSource {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final String sheetName;
    private final String text;
    private final Charset charset;

    private CsvRowSource(String sheetName, String text, Charset charset) {
        this.sheetName = sheetName;
        this.text = text;
        this.charset = charset;
    }

    public static CsvRowSource open(Path file, String sheetName, InputLimits limits) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new UnreadableInputException("文件过大: " + size + " 字节，上限 " + limits.maxFileBytes() + " 字节");
            }
            byte[] bytes = Files.readAllBytes(file);
            int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            ByteBuffer buf = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
            try {
                String utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
                return new CsvRowSource(sheetName, utf8, StandardCharsets.UTF_8);
            } catch (CharacterCodingException notUtf8) {
                return new CsvRowSource(sheetName, new String(bytes, GB18030), GB18030);
            }
        } catch (IOException e) {
            throw new UnreadableInputException("无法读取 CSV 文件: " + e.getMessage(), e);
        }
    }

    /** The encoding detected: UTF-8 or GB18030. */
    public Charset charset() {
        return charset;
    }

    @Override
    public List<String> sheetNames() {
        return List.of(sheetName);
    }

    @Override
    public void read(String sheet, Consumer<SheetRow> rows) {
        List<Cell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int row = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(Cell.text(field.toString()));
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(Cell.text(field.toString()));
                field.setLength(0);
                rows.accept(new SheetRow(row++, cells));
                cells.clear();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !cells.isEmpty()) {
            cells.add(Cell.text(field.toString()));
            rows.accept(new SheetRow(row, cells));
        }
    }

    @Override
    public void close() {
        // nothing held open
    }
}
