package org.qbank.bank.image;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.hash.Sha256;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images of stems, options and tasks (circuit diagrams, drawings), stored once by the SHA-256 of their bytes.
 * Item versions reference them by that hash, so an image is part of a version's content and content hash and
 * identical images uploaded twice are one row. Images are never changed or deleted: a different picture is a
 * different hash.
 */
@Service
public class ImageStore {

    /** Images larger than this are refused: they belong in a document, not a stem. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Pattern MEDIA = Pattern.compile("image/(png|jpeg|gif|bmp|svg\\+xml|webp|tiff|x-emf|x-wmf)");

    private final JdbcClient jdbc;
    private final Clock clock;

    public ImageStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the image unless already stored; returns its reference either way. */
    @Transactional
    public ImageRef put(byte[] bytes, String mediaType) {
        List<Violation> v = new ArrayList<>();
        if (bytes == null || bytes.length == 0) {
            v.add(new Violation("image", "图片内容为空"));
        } else if (bytes.length > MAX_BYTES) {
            v.add(new Violation("image", "图片超过 " + (MAX_BYTES / 1024 / 1024) + " MB: " + bytes.length + " 字节"));
        }
        if (mediaType == null || !MEDIA.matcher(mediaType).matches()) {
            v.add(new Violation("mediaType", "不支持的图片类型: " + mediaType));
        }
        if (!v.isEmpty()) {
            throw new RuleViolationException(v);
        }
        String hash = Sha256.hex(bytes);
        ImageRef ref = new ImageRef(hash, mediaType, bytes.length);
        if (exists(hash)) {
            return ref;
        }
        try {
            jdbc.sql("INSERT INTO image (hash, media_type, size_bytes, bytes, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(hash, mediaType, bytes.length, bytes, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException sameImageStoredConcurrently) {
            // same bytes, same row: nothing to do
        }
        return ref;
    }

    @Transactional(readOnly = true)
    public Optional<Image> get(String hash) {
        return jdbc.sql("SELECT hash, media_type, size_bytes, bytes FROM image WHERE hash = ?").param(hash)
                .query((rs, i) -> new Image(new ImageRef(rs.getString(1), rs.getString(2), rs.getLong(3)), rs.getBytes(4)))
                .optional();
    }

    @Transactional(readOnly = true)
    public boolean exists(String hash) {
        return jdbc.sql("SELECT COUNT(*) FROM image WHERE hash = ?").param(hash).query(Long.class).single() > 0;
    }

    /** Throws naming every referenced hash that is not stored ({@code field} is the content path prefix). */
    @Transactional(readOnly = true)
    public void requireAll(Collection<String> hashes, String field) {
        Set<String> wanted = new LinkedHashSet<>(hashes);
        if (wanted.isEmpty()) {
            return;
        }
        Set<String> found = Set.copyOf(jdbc.sql("SELECT hash FROM image WHERE hash IN (:h)").param("h", wanted)
                .query(String.class).list());
        List<Violation> missing = wanted.stream().filter(h -> !found.contains(h))
                .map(h -> new Violation(field, "引用的图片不存在: " + h)).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolationException(missing);
        }
    }
}
