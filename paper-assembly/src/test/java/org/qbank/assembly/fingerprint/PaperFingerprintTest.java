package org.qbank.assembly.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.hash.Sha256;

class PaperFingerprintTest {

    @Test
    void theFingerprintIsTheHashOfTheSortedCodesJoinedByNewlines() {
        assertThat(PaperFingerprint.of(List.of("Q3", "Q1", "Q2")).hex()).isEqualTo(Sha256.hex("Q1\nQ2\nQ3"));
        assertThat(PaperFingerprint.of(List.of("Q2", "Q3", "Q1")).hex())
                .isEqualTo("ec4d172cfa3b95805dd1c63ab7b36af4c07334e9a4f59d237a3adab56afa5c54");
    }

    @Test
    void orderDoesNotChangeIt() {
        assertThat(PaperFingerprint.of(List.of("HG-0002", "HG-0001", "HG-0010")))
                .isEqualTo(PaperFingerprint.of(List.of("HG-0010", "HG-0001", "HG-0002")));
    }

    @Test
    void aDifferentSetChangesIt() {
        assertThat(PaperFingerprint.of(List.of("A", "B"))).isNotEqualTo(PaperFingerprint.of(List.of("A", "C")));
    }

    @Test
    void codesAreOrderedByCodePointNotByUtf16Units() {
        // U+FF21 (Ａ) is one UTF-16 unit above the surrogate range; U+1D400 (𝐀) is stored as surrogates D835 DC00
        String bmpHigh = "\uFF21";
        String supplementary = new String(Character.toChars(0x1D400));
        assertThat(PaperFingerprint.compareCodePoints(bmpHigh, supplementary)).isNegative();
        assertThat(PaperFingerprint.of(List.of(supplementary, bmpHigh)).hex())
                .isEqualTo(Sha256.hex(bmpHigh + "\n" + supplementary));
    }

    @Test
    void itIsLowercaseHexOfSixtyFourCharacters() {
        assertThat(PaperFingerprint.of(List.of("Q1")).hex()).matches("[0-9a-f]{64}");
        assertThatThrownBy(() -> new PaperFingerprint("ABC")).isInstanceOf(IllegalArgumentException.class);
    }
}
