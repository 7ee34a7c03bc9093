package org.qbank.bank.review;

import java.util.List;

import org.qbank.bank.common.Level;

/**
 * Where a round stands for one panel member, counted without reading any item version: per level the items, the
 * member's own verdicts, and the items the panel has settled.
 *
 * @param levels one entry per level of the round, highest number (五级) first
 */
public record RoundProgress(long roundId, List<LevelCount> levels) {

    public RoundProgress {
        levels = List.copyOf(levels);
    }

    /** One level's counts; {@code mine} and {@code settled} never exceed {@code total}. */
    public record LevelCount(Level level, int total, int mine, int settled) {
    }

    /** Items of the whole round. */
    public int total() {
        return levels.stream().mapToInt(LevelCount::total).sum();
    }

    /** The reader's verdicts over the whole round. */
    public int mine() {
        return levels.stream().mapToInt(LevelCount::mine).sum();
    }
}
