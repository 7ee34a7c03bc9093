package org.qbank.bank.search;

import java.util.List;

/** Near-duplicates of an import batch: per batch item, matches in the bank and earlier rows of the same batch. */
public record BatchDuplicates(List<Finding> findings) {

    /** {@code index} is the item's position in the batch (0-based). */
    public record Finding(int index, String itemCode, List<DuplicateMatch> inBank, List<Peer> inBatch) {
    }

    /** An earlier row of the same batch. */
    public record Peer(int index, String itemCode, DuplicateClass kind, double score, String reason) {
    }

    public long count(DuplicateClass kind) {
        return findings.stream().mapToLong(f -> f.inBank().stream().filter(m -> m.kind() == kind).count()
                + f.inBatch().stream().filter(p -> p.kind() == kind).count()).sum();
    }
}
