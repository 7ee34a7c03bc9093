package org.qbank.tools.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.qbank.tools.workbook.CsvRowSource;
import org.qbank.tools.workbook.InputLimits;
import org.qbank.tools.workbook.RowSource;
import org.qbank.tools.workbook.UnreadableInputException;
import org.qbank.tools.workbook.XlsxRowSource;

/**
 * An uploaded file opened as sheets plus bundled images: an .xlsx, a .csv, or a .zip holding one of them and the
 * picture files named in 图片. Zip entries are checked for size and compression ratio as they inflate, and names
 * are never used as paths.
 */
final class Upload implements AutoCloseable {

    private static final int MAX_ZIP_ENTRIES = 10_000;

    final RowSource source;
    final Map<String, ItemImage> images;
    final String fileName;
    private final Path workbook;

    private Upload(RowSource source, Map<String, ItemImage> images, String fileName, Path workbook) {
        this.source = source;
        this.images = images;
        this.fileName = fileName;
        this.workbook = workbook;
    }

    static Upload open(Path file, InputLimits limits) {
        if (!Files.isReadable(file)) {
            throw new UnreadableInputException("文件不存在或不可读: " + file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            return fromZip(file, limits);
        }
        return new Upload(sheets(file, name, limits), Map.of(), file.getFileName().toString(), null);
    }

    private static RowSource sheets(Path file, String name, InputLimits limits) {
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return XlsxRowSource.open(file, limits);
        }
        if (name.endsWith(".csv")) {
            return CsvRowSource.open(file, Sheets.csvSheetName(CsvRowSource.open(file, "csv", limits)), limits);
        }
        if (name.endsWith(".xls")) {
            throw new UnreadableInputException("不支持旧版 .xls 文件，请在 Excel/WPS 中另存为 .xlsx");
        }
        throw new UnreadableInputException("不支持的文件类型（可用 .xlsx、.csv，或装有工作簿和图片的 .zip）: " + name);
    }

    private static Upload fromZip(Path file, InputLimits limits) {
        Path dir = null;
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw new UnreadableInputException("文件过大: " + Files.size(file) + " 字节，上限 " + limits.maxFileBytes() + " 字节");
            }
            dir = Files.createTempDirectory("qbank-upload");
            Map<String, ItemImage> images = new HashMap<>();
            Path workbook = null;
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.size() > MAX_ZIP_ENTRIES) {
                    throw new UnreadableInputException("压缩包内文件过多: " + zip.size());
                }
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    if (e.isDirectory()) {
                        continue;
                    }
                    String base = e.getName().substring(e.getName().replace('\\', '/').lastIndexOf('/') + 1);
                    String lower = base.toLowerCase(Locale.ROOT);
                    byte[] data = inflate(zip, e, limits);
                    if (lower.endsWith(".xlsx") || lower.endsWith(".csv")) {
                        if (workbook != null) {
                            throw new UnreadableInputException("压缩包中只能有一个工作簿，发现多个: " + base);
                        }
                        workbook = dir.resolve("upload" + lower.substring(lower.lastIndexOf('.')));
                        Files.write(workbook, data);
                    } else if (lower.matches(".*\\.(png|jpe?g|gif|bmp|svg|emf|wmf)")) {
                        images.put(base, new ItemImage(base, contentType(lower), data));
                    }
                }
            }
            if (workbook == null) {
                throw new UnreadableInputException("压缩包中没有 .xlsx 或 .csv 工作簿");
            }
            return new Upload(sheets(workbook, workbook.getFileName().toString(), limits), images,
                    file.getFileName().toString(), dir);
        } catch (UnreadableInputException e) {
            deleteQuietly(dir);
            throw e;
        } catch (IOException e) {
            deleteQuietly(dir);
            throw new UnreadableInputException("无法读取压缩包: " + e.getMessage(), e);
        }
    }

    /** Reads an entry, refusing it once it outgrows the entry limit or inflates beyond the zip-bomb ratio. */
    private static byte[] inflate(ZipFile zip, ZipEntry e, InputLimits limits) throws IOException {
        long compressed = Math.max(e.getCompressedSize(), 1);
        try (InputStream in = zip.getInputStream(e)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > limits.maxEntryBytes()) {
                    throw new UnreadableInputException("压缩包内的条目 " + e.getName() + " 超过大小上限 " + limits.maxEntryBytes() + " 字节，已拒绝");
                }
                if (total > 1 << 20 && (double) compressed / total < limits.minInflateRatio()) {
                    throw new UnreadableInputException("疑似压缩炸弹（" + e.getName() + " 的解压比例异常），已拒绝");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return "image/" + name.substring(name.lastIndexOf('.') + 1);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp files only
        }
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException ignored) {
            // read-only
        }
        deleteQuietly(workbook);
    }
}
