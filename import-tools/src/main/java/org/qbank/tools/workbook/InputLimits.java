package org.qbank.tools.workbook;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Limits for untrusted uploads. The zip-bomb ratio and entry size are POI's own guards ({@link ZipSecureFile}); they
 * are JVM-wide, so {@link #applyToPoi()} sets them once per read.
 *
 * @param maxFileBytes     largest upload accepted (workbook, CSV or zip)
 * @param maxEntryBytes    largest single part inside a zip after inflation
 * @param minInflateRatio  compressed/uncompressed below this is treated as a zip bomb (POI default 0.01)
 * @param maxCellChars     longest text accepted in a cell
 */
public record InputLimits(long maxFileBytes, long maxEntryBytes, double minInflateRatio, int maxCellChars) {

    public static final InputLimits DEFAULT = new InputLimits(200L << 20, 512L << 20, 0.01, 10_000);

    public InputLimits withMaxFileBytes(long bytes) {
        return new InputLimits(bytes, maxEntryBytes, minInflateRatio, maxCellChars);
    }

    public InputLimits withMaxEntryBytes(long bytes) {
        return new InputLimits(maxFileBytes, bytes, minInflateRatio, maxCellChars);
    }

    public void applyToPoi() {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
    }
}
