package org.qbank.assembly.draw;

import java.time.Duration;
import java.util.List;

/**
 * Result of an assembly: the papers when {@link Verdict#ASSEMBLED}, the exact shortfalls when
 * {@link Verdict#IMPOSSIBLE}, the hard rules still broken when {@link Verdict#NOT_PROVEN_IMPOSSIBLE}.
 */
public record AssemblyOutcome(Verdict verdict, List<AssembledPaper> papers, List<Shortfall> shortfalls,
                              List<BrokenRule> brokenRules, String score, Duration elapsed) {

    public AssemblyOutcome {
        papers = List.copyOf(papers);
        shortfalls = List.copyOf(shortfalls);
        brokenRules = List.copyOf(brokenRules);
    }

    public boolean assembled() {
        return verdict == Verdict.ASSEMBLED;
    }

    /** One line per problem, for users. */
    public List<String> explanation() {
        return switch (verdict) {
            case ASSEMBLED -> List.of();
            case IMPOSSIBLE -> shortfalls.stream().map(Shortfall::message).toList();
            case NOT_PROVEN_IMPOSSIBLE -> brokenRules.stream()
                    .map(b -> "未证明无解: 仍违反「" + b.rule() + "」" + b.matches() + " 处 (罚分 " + b.penalty() + ")")
                    .toList();
        };
    }
}
