package org.qbank.bench.assembly;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.qbank.assembly.allocation.SlotGroup;
import org.qbank.assembly.draw.AssemblyProblem;
import org.qbank.assembly.domain.Item;

/** What most systems do: per type and 鉴定范围, draw the allocated count at random. */
final class RandomDraw {

    private RandomDraw() {
    }

    static List<List<Long>> draw(Instance inst, AssemblyProblem problem, long seed) {
        Random random = new Random(seed);
        List<List<Long>> papers = new ArrayList<>();
        for (int p = 0; p < inst.papers(); p++) {
            List<Long> paper = new ArrayList<>();
            for (Map.Entry<SlotGroup, List<Item>> e : problem.candidates().entrySet()) {
                List<Item> pool = new ArrayList<>(e.getValue());
                Collections.shuffle(pool, random);
                pool.stream().limit(e.getKey().count()).forEach(i -> paper.add(i.itemId()));
            }
            papers.add(paper);
        }
        return papers;
    }
}
