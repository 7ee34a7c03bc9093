package org.qbank.tools.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams an .xlsx with POI's event API (as in POI's XLSX2CSV): shared strings read-only, each sheet parsed by SAX,
 * never a DOM of the sheet. Merged cells are listed after the rows in the sheet XML, so a first cheap pass collects
 * them and the second pass fills every merged cell from its top-left value.
 */
public final class XlsxRowSource implements RowSource {

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final Map<String, PackagePart> sheets = new LinkedHashMap<>();
    private XlsxRowSource(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = reader.getStylesTable();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            it.next().close();
            sheets.put(it.getSheetName().strip(), it.getSheetPart());
        }
    }

    /** Opens a workbook after checking its size; zip-bomb and entry limits are POI's, set from {@code limits}. */
    public static XlsxRowSource open(Path file, InputLimits limits) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new UnreadableInputException("文件过大: " + size + " 字节，上限 " + limits.maxFileBytes() + " 字节");
            }
            limits.applyToPoi();
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                return new XlsxRowSource(pkg);
            } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
                pkg.revert();
                throw e;
            }
        } catch (UnreadableInputException e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new UnreadableInputException("不是有效的 .xlsx 工作簿: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new UnreadableInputException(describe(e), e);
        }
    }

    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb")) {
                return "疑似压缩炸弹（解压比例异常），已拒绝: " + firstLine(m);
            }
            if (m.contains("max entry size") || m.contains("exceed") && m.contains("size")) {
                return "压缩包内的条目超过大小上限，已拒绝: " + firstLine(m);
            }
        }
        return "无法读取工作簿: " + firstLine(String.valueOf(e.getMessage()));
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    @Override
    public void read(String sheet, Consumer<SheetRow> rows) throws IOException {
        PackagePart part = part(sheet);
        MergedCells merges = new MergedCells();
        parse(part, merges);
        RowCollector collector = new RowCollector(merges, rows);
        parse(part, new StringCells(
                new XSSFSheetXMLHandler(styles, null, strings, collector, new TemporalAwareFormatter(), false), collector));
    }

    @Override
    public List<AnchoredImage> images(String sheet) throws IOException {
        return DrawingImages.of(part(sheet));
    }

    private PackagePart part(String sheet) {
        PackagePart part = sheets.get(sheet);
        if (part == null) {
            throw new IllegalArgumentException("no sheet " + sheet);
        }
        return part;
    }

    private static void parse(PackagePart part, org.xml.sax.ContentHandler handler) throws IOException {
        try (InputStream in = part.getInputStream()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new UnreadableInputException("工作表无法解析: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UnreadableInputException(describe(e), e);
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** Turns SAX cell callbacks into {@link SheetRow}s, filling merged areas and keeping row numbers. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final MergedCells merges;
        private final Consumer<SheetRow> sink;
        private final List<Cell> cells = new ArrayList<>();
        private int rowNumber;

        RowCollector(MergedCells merges, Consumer<SheetRow> sink) {
            this.merges = merges;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowIndex) {
            rowNumber = rowIndex + 1;
            cells.clear();
        }

        @Override
        public void endRow(int rowIndex) {
            merges.fill(rowNumber, cells);
            sink.accept(new SheetRow(rowNumber, cells));
        }

        @Override
        public void cell(String ref, String formatted, org.apache.poi.xssf.usermodel.XSSFComment comment) {
            int col = column(ref);
            while (cells.size() <= col) {
                cells.add(Cell.EMPTY);
            }
            Cell c = TemporalAwareFormatter.toCell(formatted);
            cells.set(col, c);
            merges.remember(rowNumber, col, c);
        }

        /** Zero-based column of a reference such as "AB12" (what {@code CellReference} parses, without its cost). */
        private static int column(String ref) {
            int col = 0;
            int i = 0;
            if (i < ref.length() && ref.charAt(i) == '$') {
                i++;
            }
            for (; i < ref.length(); i++) {
                char ch = Character.toUpperCase(ref.charAt(i));
                if (ch < 'A' || ch > 'Z') {
                    break;
                }
                col = col * 26 + (ch - 'A' + 1);
            }
            return col - 1;
        }
    }
}
