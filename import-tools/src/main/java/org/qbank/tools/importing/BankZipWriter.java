package org.qbank.tools.importing;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The bank as DOMAIN §7's picture upload: one zip holding the workbook ({@value #WORKBOOK}) and every picture the
 * 图片 column names (folder {@value #PICTURES}, one file per picture, each once), so the zip imports back as it is.
 */
public final class BankZipWriter {

    public static final String WORKBOOK = "题库.xlsx";
    public static final String PICTURES = "图片/";

    /** Writes the zip; {@code progress} hears the workbook rows written, as {@link BankWorkbookWriter} reports them. */
    public void write(BankExport bank, OutputStream out, IntConsumer progress) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(WORKBOOK));
            // The workbook writer closes what it writes to; the zip must stay open for the pictures.
            new BankWorkbookWriter().write(bank, new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    // FilterOutputStream would pass the bytes on one at a time.
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, progress);
            zip.closeEntry();
            Set<String> written = new HashSet<>();
            for (TheoryItem item : bank.theoryItems()) {
                for (ItemImage image : item.images()) {
                    if (written.add(image.name())) {
                        zip.putNextEntry(new ZipEntry(PICTURES + image.name()));
                        zip.write(image.data());
                        zip.closeEntry();
                    }
                }
            }
        }
    }
}
