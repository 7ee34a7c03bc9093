package org.qbank.tools.workbook;

import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Takes the inline text cells of a sheet ({@code t="inlineStr"}, as streaming writers — qbank's export and
 * template among them — write every text cell) before POI's {@code XSSFSheetXMLHandler} sees them, and hands their
 * text straight to the rows: POI builds an XMLBeans {@link XSSFRichTextString} for every such cell only to undo
 * Excel's {@code _xHHHH_} escapes, a quarter of the CPU time of reading a large workbook. The text is the same:
 * text holding an escape still goes through {@link XSSFRichTextString}. Every other cell (shared strings, numbers,
 * dates, booleans, formulas) and a cell without a reference goes to POI as before.
 */
final class StringCells extends XMLFilterImpl {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final ContentHandler poi;
    private final SheetContentsHandler rows;
    private final StringBuilder text = new StringBuilder();
    private String ref;
    private boolean sawText;
    private boolean collecting;

    StringCells(ContentHandler poi, SheetContentsHandler rows) {
        this.poi = poi;
        this.rows = rows;
        setContentHandler(poi);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (ref != null) {
            // POI reports the cell only when it has an <is>, and reads every <t> in it (rich runs included)
            if (NS.equals(uri) && "is".equals(localName)) {
                sawText = true;
            }
            collecting = NS.equals(uri) && "t".equals(localName);
            return;
        }
        if (NS.equals(uri) && "c".equals(localName) && "inlineStr".equals(atts.getValue("t")) && atts.getValue("r") != null) {
            ref = atts.getValue("r");
            sawText = false;
            text.setLength(0);
            return;
        }
        poi.startElement(uri, localName, qName, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (ref == null) {
            poi.characters(ch, start, length);
        } else if (collecting) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (ref == null) {
            poi.endElement(uri, localName, qName);
            return;
        }
        collecting = false;
        if (NS.equals(uri) && "c".equals(localName)) {
            if (sawText) {
                rows.cell(ref, decode(text.toString()), null);
            }
            ref = null;
        }
    }

    /** POI's own decoding, paid only by text that holds an escape. */
    private static String decode(String raw) {
        return raw.contains("_x") ? new XSSFRichTextString(raw).getString() : raw;
    }
}
