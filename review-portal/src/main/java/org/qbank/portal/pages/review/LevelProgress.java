package org.qbank.portal.pages.review;

import java.util.List;

import org.qbank.bank.common.Level;
import org.qbank.bank.review.RoundItemDetail;
import org.qbank.bank.review.RoundProgress;
import org.qbank.bank.review.RoundView;
import org.qbank.bank.review.SignOffView;

/**
 * Where one level of a round stands for the reader: items, the reader's own verdicts, items with the panel's
 * final conclusion (settled), and the leader's sign-off if given.
 */
record LevelProgress(Level level, int total, int mine, int settled, SignOffView signOff) {

    static List<LevelProgress> of(RoundView round, List<RoundItemDetail> items) {
        return round.levels().stream().map(level -> {
            List<RoundItemDetail> at = items.stream().filter(d -> d.item().level() == level).toList();
            int mine = (int) at.stream().filter(d -> d.myVerdict() != null).count();
            int settled = (int) at.stream().filter(d -> d.item().state().settled()).count();
            SignOffView signed = round.signOffs().stream().filter(s -> s.level() == level).findFirst().orElse(null);
            return new LevelProgress(level, at.size(), mine, settled, signed);
        }).toList();
    }

    /** From bank-core's count-only read, with the sign-offs of the round header. */
    static List<LevelProgress> of(RoundView round, RoundProgress progress) {
        return progress.levels().stream().map(c -> new LevelProgress(c.level(), c.total(), c.mine(), c.settled(),
                round.signOffs().stream().filter(s -> s.level() == c.level()).findFirst().orElse(null))).toList();
    }

    public boolean signed() {
        return signOff != null;
    }

    /** Percent of the level the reader has reviewed, for the progress bar. */
    public int minePercent() {
        return total == 0 ? 100 : mine * 100 / total;
    }

    public boolean allMine() {
        return mine == total;
    }

    /** Whether the level awaits the leader's signature: everything settled, nothing signed yet. */
    public boolean readyToSign() {
        return !signed() && settled == total;
    }
}
