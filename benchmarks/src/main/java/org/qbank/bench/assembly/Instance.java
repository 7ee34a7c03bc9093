package org.qbank.bench.assembly;

import java.util.List;

import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.BlueprintTree;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.draw.CandidateItem;
import org.qbank.assembly.draw.EarlierPaper;

/** One generated benchmark instance. */
record Instance(String name, Blueprint blueprint, BlueprintTree tree, List<CandidateItem> items,
                List<EarlierPaper> earlier, int papers, long seed) {

    AssemblyRequest request() {
        return new AssemblyRequest(blueprint, tree, items, earlier, papers, seed);
    }
}
