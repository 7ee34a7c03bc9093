package org.qbank.assembly.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.qbank.bank.common.ConflictException;

/** Attempts started together on threads of their own, as concurrent requests would arrive. */
public final class AtOnce {

    /** The outcome of an attempt that went through. */
    public static final String ISSUED = "issued";

    private AtOnce() {
    }

    /**
     * Runs {@code attempt} for 0..count-1, all released at the same moment; the outcome of each, in order:
     * {@link #ISSUED}, or the code of the {@link ConflictException} that refused it (two minutes at most each).
     */
    public static List<String> outcomes(int count, IntConsumer attempt) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < count; t++) {
                int n = t;
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        attempt.accept(n);
                        return ISSUED;
                    } catch (ConflictException e) {
                        return e.code();
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }
}
