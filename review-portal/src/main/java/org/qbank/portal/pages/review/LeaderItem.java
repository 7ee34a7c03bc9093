package org.qbank.portal.pages.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.qbank.bank.review.RoundItemDetail;
import org.qbank.bank.review.Verdict;
import org.qbank.bank.review.VerdictView;

/**
 * One item in the leader's view: every expert's verdict once bank-core lets the leader see them (null before the
 * leader's own verdict), the count per verdict, and whether the votes tie at the top. The tie only decides what
 * the form asks for — a choice and a note; bank-core's conclusion rule is the authority.
 */
record LeaderItem(RoundItemDetail detail, List<VerdictView> verdicts, int panelSize) {

    public Map<Verdict, Integer> tally() {
        Map<Verdict, Integer> t = new EnumMap<>(Verdict.class);
        if (verdicts != null) {
            verdicts.forEach(v -> t.merge(v.verdict(), 1, Integer::sum));
        }
        return t;
    }

    public boolean visible() {
        return verdicts != null;
    }

    public boolean allIn() {
        return verdicts != null && verdicts.size() == panelSize;
    }

    /** The verdicts sharing the most votes when more than one does. */
    public List<Verdict> tied() {
        Map<Verdict, Integer> t = tally();
        int top = t.values().stream().max(Integer::compare).orElse(0);
        List<Verdict> leaders = t.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
        return leaders.size() > 1 ? leaders : List.of();
    }

    public boolean tie() {
        return allIn() && !tied().isEmpty();
    }
}
