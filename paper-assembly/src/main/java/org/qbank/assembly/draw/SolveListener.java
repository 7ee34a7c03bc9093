package org.qbank.assembly.draw;

import java.time.Duration;

import org.optaplanner.core.api.solver.Solver;

/** Hooks into a running solve: lets a job service report progress and cancel. */
public interface SolveListener {

    SolveListener NONE = new SolveListener() {
    };

    /** The solver is about to run; keep it to call {@code terminateEarly()}. */
    default void started(Solver<?> solver) {
    }

    /** A better solution was found after {@code elapsed}. */
    default void improved(Duration elapsed, String score, boolean feasible) {
    }
}
