package org.qbank.bench.assembly;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;

/**
 * Wall time, CPU time and heap as the bench reports them. The machine the bench runs on may be shared, so each run
 * records the CPU time of the thread that solves (qbank solves in the calling thread) and of the whole process
 * (solver threads of CP-SAT, JIT compiler and garbage collector included); wall time alone would mostly measure
 * the other tenants.
 */
final class Measure {

    /** One timed run: seconds of wall time, of the calling thread's CPU and of the process's CPU. */
    record Run(double wall, double threadCpu, double processCpu, boolean ok) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final AtomicLong MAX_AFTER_GC = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, h) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        recordAfterGc(GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                                .getGcInfo().getMemoryUsageAfterGc());
                    }
                }, null, null);
            }
        }
    }

    private Measure() {
    }

    static Run time(BooleanSupplier run) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long process = OS.getProcessCpuTime();
        long wall = System.nanoTime();
        boolean ok = run.getAsBoolean();
        return new Run((System.nanoTime() - wall) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9,
                (OS.getProcessCpuTime() - process) / 1e9, ok);
    }

    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private static void recordAfterGc(Map<String, MemoryUsage> after) {
        long used = after.entrySet().stream().filter(e -> HEAP_POOLS.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
        MAX_AFTER_GC.accumulateAndGet(used, Math::max);
    }

    /** Collects, then starts a new heap measurement; returns the heap in use after that collection. */
    static long startHeapWindow() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                used += pool.getUsage().getUsed();
            }
        }
        MAX_AFTER_GC.set(used);
        return used;
    }

    /** The largest heap in use right after any collection since {@link #startHeapWindow()}: the live data. */
    static long maxHeapAfterGc() {
        return MAX_AFTER_GC.get();
    }

    /** Sum of the heap pools' peaks since {@link #startHeapWindow()}: an upper bound that counts garbage too. */
    static long heapPoolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    static String loadAverage() {
        try {
            List<String> f = List.of(Files.readString(Path.of("/proc/loadavg")).strip().split(" "));
            return f.get(0) + " / " + f.get(1) + " / " + f.get(2) + " (1 / 5 / 15 min)";
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String conditions() {
        Runtime rt = Runtime.getRuntime();
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "cores %d, max heap %d MB, %s %s (%s), GC %s, %s %s, load average %s",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("java.vendor"), gcs,
                System.getProperty("os.name"), System.getProperty("os.arch"), loadAverage());
    }
}
