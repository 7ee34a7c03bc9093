package org.qbank.tools.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** Pictures placed on a sheet (its drawing part), read by SAX: anchor cell from {@code xdr:from}, bytes via the blip. */
final class DrawingImages {

    private DrawingImages() {
    }

    static List<AnchoredImage> of(PackagePart sheet) throws IOException {
        List<AnchoredImage> images = new ArrayList<>();
        try {
            for (PackageRelationship rel : sheet.getRelationshipsByType(XSSFRelation.DRAWINGS.getRelation())) {
                PackagePart drawing = sheet.getRelatedPart(rel);
                Anchors anchors = new Anchors();
                try (InputStream in = drawing.getInputStream()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(anchors);
                    xml.parse(new InputSource(in));
                }
                for (String[] a : anchors.found) {
                    PackagePart picture = drawing.getRelatedPart(drawing.getRelationship(a[2]));
                    String name = picture.getPartName().getName();
                    try (InputStream in = picture.getInputStream()) {
                        images.add(new AnchoredImage(Integer.parseInt(a[0]) + 1, Integer.parseInt(a[1]),
                                name.substring(name.lastIndexOf('/') + 1), picture.getContentType(), in.readAllBytes()));
                    }
                }
            }
        } catch (InvalidFormatException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new UnreadableInputException("工作表中的图片无法读取: " + e.getMessage(), e);
        }
        return images;
    }

    /** Collects (row, col, embed id) of each picture anchor. */
    private static final class Anchors extends DefaultHandler {
        final List<String[]> found = new ArrayList<>();
        private boolean inFrom;
        private String field;
        private final StringBuilder text = new StringBuilder();
        private String row;
        private String col;

        @Override
        public void startElement(String uri, String local, String q, Attributes atts) {
            switch (local) {
                case "from" -> inFrom = true;
                case "row", "col" -> {
                    if (inFrom) {
                        field = local;
                        text.setLength(0);
                    }
                }
                case "blip" -> {
                    String id = atts.getValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "embed");
                    if (id != null && row != null) {
                        found.add(new String[]{row, col, id});
                    }
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (field != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String q) {
            if ("from".equals(local)) {
                inFrom = false;
            } else if (field != null && local.equals(field)) {
                if (field.equals("row")) {
                    row = text.toString().trim();
                } else {
                    col = text.toString().trim();
                }
                field = null;
            }
        }
    }
}
