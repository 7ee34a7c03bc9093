package org.qbank.bench.assembly;

import java.time.Duration;

import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.PaperAssembler;

/** Runs one batch-30 instance a few times, for profiling the construction. */
public final class ProfileBatch {

    private ProfileBatch() {
    }

    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            Instance inst = Instances.batch(1 + i, 30, 5000, "0.10");
            long t = System.nanoTime();
            AssemblyOutcome o = PaperAssembler.assemble(inst.request(), AssemblyOptions.firstFeasible(Duration.ofSeconds(60)));
            System.out.printf("%s %.3f s%n", o.verdict(), (System.nanoTime() - t) / 1e9);
        }
    }
}
