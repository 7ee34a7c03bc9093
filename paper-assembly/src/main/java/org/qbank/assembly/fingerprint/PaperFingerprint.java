package org.qbank.assembly.fingerprint;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.qbank.bank.hash.Sha256;

/**
 * DOMAIN §8 fingerprint of a paper: lowercase hex SHA-256 of its 试题编码 sorted in code-point order and joined
 * with {@code \n}. Question order and item versions do not change it.
 */
public record PaperFingerprint(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public PaperFingerprint {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("试卷指纹必须是 64 位小写十六进制: " + hex);
        }
    }

    public static PaperFingerprint of(Collection<String> itemCodes) {
        if (itemCodes.isEmpty()) {
            throw new IllegalArgumentException("空试卷没有指纹");
        }
        // String.compareTo orders by UTF-16 units; code-point order differs only for supplementary characters
        List<String> sorted = itemCodes.stream().sorted(PaperFingerprint::compareCodePoints).toList();
        return new PaperFingerprint(Sha256.hex(String.join("\n", sorted)));
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    @Override
    public String toString() {
        return hex;
    }
}
