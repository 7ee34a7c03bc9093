package org.qbank.assembly.draw;

import org.qbank.assembly.blueprint.ExposurePolicy;

/** Small requests for tests outside this package. */
public final class JobFixtures {

    private JobFixtures() {
    }

    public static AssemblyRequest smallRequest(long seed) {
        var items = SmallBank.items(3, seed);
        return AssemblyRequest.single(SmallBank.blueprint(ExposurePolicy.defaults()), SmallBank.tree(), items,
                SmallBank.earlier(items, 10, 30, seed), seed);
    }
}
