package org.qbank.portal.pages.items;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.image.ImageRef;
import org.qbank.bank.image.ImageStore;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Images a writer uploads into an item: the type is read from the file's first bytes (PNG, JPEG, GIF, WebP),
 * never taken from the browser's claim, and the bytes go to bank-core's {@link ImageStore}, which stores them
 * once by hash and refuses empty or oversized files.
 */
@Component
class ImageUploads {

    private final ImageStore images;

    ImageUploads(ImageStore images) {
        this.images = images;
    }

    ImageRef store(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw RuleViolationException.of("image", "请选择图片文件");
        }
        if (file.getSize() > ImageStore.MAX_BYTES) {
            throw RuleViolationException.of("image", "图片 " + file.getOriginalFilename() + " 超过 "
                    + ImageStore.MAX_BYTES / 1024 / 1024 + " MB: " + file.getSize() + " 字节");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = sniff(bytes).orElseThrow(() -> RuleViolationException.of("image", "文件 "
                + file.getOriginalFilename() + " 不是 PNG、JPEG、GIF 或 WebP 图片"));
        return images.put(bytes, type);
    }

    /** The media type announced by the file's signature, if it is one the stem may show. */
    static Optional<String> sniff(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... signature) {
        if (b.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((b[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
