package org.qbank.bank.review;

import java.util.Comparator;
import java.util.List;

import org.qbank.bank.common.Level;
import org.qbank.bank.hash.Sha256;

/**
 * The digest a level's sign-off carries: lowercase hex SHA-256 of the UTF-8 text
 * <pre>
 * qbank-review-sheet/1
 * round=&lt;round id&gt;
 * level=&lt;5..1&gt;
 * &lt;version id&gt; &lt;content hash&gt;
 * …
 * </pre>
 * one line per covered version in ascending version-id order, joined by LF with no trailing LF.
 */
public final class ReviewDigest {

    public static final String FORMAT = "qbank-review-sheet/1";

    private ReviewDigest() {
    }

    public static String of(long roundId, Level level, List<CoveredVersion> covered) {
        StringBuilder b = new StringBuilder(FORMAT).append("\nround=").append(roundId).append("\nlevel=").append(level.number());
        covered.stream().sorted(Comparator.comparingLong(CoveredVersion::versionId))
                .forEach(c -> b.append('\n').append(c.versionId()).append(' ').append(c.contentHash()));
        return Sha256.hex(b.toString());
    }
}
