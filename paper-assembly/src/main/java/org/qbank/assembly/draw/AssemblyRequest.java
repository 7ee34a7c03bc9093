package org.qbank.assembly.draw;

import java.util.List;

import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintTree;

/**
 * Everything one assembly needs: the blueprint, its 细目表 (null for 按题型), the bank's candidates, the earlier
 * papers to stay fresh against, and how many papers to assemble together (a batch, pairwise overlap bounded).
 */
public record AssemblyRequest(Blueprint blueprint, BlueprintTree tree, List<CandidateItem> items,
                              List<EarlierPaper> earlierPapers, int paperCount, long seed) {

    public AssemblyRequest {
        items = List.copyOf(items);
        earlierPapers = List.copyOf(earlierPapers);
        if (paperCount < 1) {
            throw new IllegalArgumentException("paperCount must be at least 1");
        }
    }

    public static AssemblyRequest single(Blueprint blueprint, BlueprintTree tree, List<CandidateItem> items,
                                         List<EarlierPaper> earlierPapers, long seed) {
        return new AssemblyRequest(blueprint, tree, items, earlierPapers, 1, seed);
    }
}
