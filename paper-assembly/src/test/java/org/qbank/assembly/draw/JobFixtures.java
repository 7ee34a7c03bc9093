package org.qbank.assembly.draw;

import org.qbank.assembly.blueprint.ExposurePolicy;

/** Small requests for tests outside this package. */
public final class JobFixtures {

    private JobFixtures() {
    }

    /** {@code papers} papers of the small blueprint assembled together, no two sharing more than 10 %. */
    public static AssemblyRequest smallBatch(int papers, long seed) {
        var items = SmallBank.items(3, seed);
        return new AssemblyRequest(SmallBank.blueprint(ExposurePolicy.defaults()), SmallBank.tree(), items,
                java.util.List.of(), papers, seed);
    }

    public static AssemblyRequest smallRequest(long seed) {
        var items = SmallBank.items(3, seed);
        return AssemblyRequest.single(SmallBank.blueprint(ExposurePolicy.defaults()), SmallBank.tree(), items,
                SmallBank.earlier(items, 10, 30, seed), seed);
    }
}
