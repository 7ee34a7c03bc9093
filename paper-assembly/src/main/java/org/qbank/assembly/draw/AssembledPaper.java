package org.qbank.assembly.draw;

import java.util.List;

import org.qbank.assembly.fingerprint.PaperFingerprint;

/** A paper the solver produced, in section order. */
public record AssembledPaper(List<PickedItem> items, PaperFingerprint fingerprint) {

    public AssembledPaper {
        items = List.copyOf(items);
    }

    public static AssembledPaper of(List<PickedItem> items) {
        return new AssembledPaper(items, PaperFingerprint.of(items.stream().map(PickedItem::itemCode).toList()));
    }

    public double meanDifficulty() {
        return items.stream().mapToInt(PickedItem::difficulty).average().orElse(0);
    }
}
