package org.qbank.bank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the database: item changes are applied after their transaction commits
 * ({@link ItemChanged}), and the audit log is replayed from the index's watermark to catch changes made by other
 * processes or missed events. A missing or outdated index is rebuilt from {@link SearchSource}. Only the writing
 * process has this component.
 */
public class IndexSync implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IndexSync.class);

    private static final int BATCH = 256;

    private final SearchIndex index;
    private final Supplier<SearchSource> source;
    private final ChangeFeed feed;
    private final Object itemLock = new Object();
    private final Object rebuildLock = new Object();
    private ScheduledExecutorService scheduler;

    IndexSync(SearchIndex index, Supplier<SearchSource> source, ChangeFeed feed) {
        this.index = index;
        this.source = source;
        this.feed = feed;
    }

    /** Start-up: rebuild if needed, catch up, then keep catching up every {@code delay} (zero: never). */
    void start(Duration delay) {
        if (source.get() == null) {
            log.warn("没有 SearchSource 实现, 搜索索引不会同步");
            return;
        }
        if (index.needsRebuild()) {
            rebuildAll();
        }
        catchUp();
        if (!delay.isZero() && !delay.isNegative()) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "qbank-search-catch-up");
                t.setDaemon(true);
                return t;
            });
            scheduler.scheduleWithFixedDelay(this::catchUpQuietly, delay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Re-reads the given items from the database and updates or removes them; visible at once. Serialised with
     * the catch-up so that a slower reader never writes an older copy over a newer one.
     */
    public void refreshItems(Collection<Long> itemIds) {
        SearchSource src = requireSource();
        synchronized (itemLock) {
            refresh(src, itemIds);
        }
    }

    private void refresh(SearchSource src, Collection<Long> itemIds) {
        try {
            for (long id : itemIds) {
                Optional<SearchDocument> d = src.load(id);
                if (d.isPresent()) {
                    index.upsert(d.get());
                } else {
                    index.delete(id);
                }
            }
            index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies every committed item change after the watermark; returns how many items were re-read. */
    public int catchUp() {
        synchronized (itemLock) {
            return catchUpLocked();
        }
    }

    private int catchUpLocked() {
        SearchSource src = requireSource();
        Map<Long, Long> marks = index.watermarks();
        Map<Long, Long> advanced = new HashMap<>();
        int count = 0;
        for (Map.Entry<Long, Long> head : feed.heads().entrySet()) {
            long from = marks.getOrDefault(head.getKey(), 0L);
            if (head.getValue() > from) {
                Collection<Long> ids = feed.changedItems(head.getKey(), from, head.getValue());
                refresh(src, ids);
                count += ids.size();
                advanced.put(head.getKey(), head.getValue());
            }
        }
        if (!advanced.isEmpty()) {
            try {
                index.commit(advanced, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return count;
    }

    /** Drops the index and reads every item again; returns the number indexed. */
    public long rebuildAll() {
        synchronized (rebuildLock) {
            return rebuildAllLocked();
        }
    }

    private long rebuildAllLocked() {
        Map<Long, Long> heads = feed.heads(); // read first: anything later is caught up afterwards
        try (Stream<SearchDocument> all = requireSource().streamAll()) {
            index.deleteAll();
            long n = addAll(all);
            // A bulk load leaves a few segments; one segment makes every later query cheaper (search, check, scan).
            index.forceMerge();
            index.commit(heads, true);
            index.refresh();
            log.info("搜索索引已重建: {} 道试题", n);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Re-reads every item of one institution. */
    public long rebuildInstitution(long institutionId) {
        synchronized (rebuildLock) {
            return rebuildInstitutionLocked(institutionId);
        }
    }

    private long rebuildInstitutionLocked(long institutionId) {
        try (Stream<SearchDocument> all = requireSource().streamAll(institutionId)) {
            index.deleteInstitution(institutionId);
            long n = addAll(all);
            index.commit(Map.of(), false);
            index.refresh();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Analysis dominates a rebuild, so documents are analysed on all cores; IndexWriter is thread-safe. */
    private long addAll(Stream<SearchDocument> docs) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 2);
        List<Future<?>> pending = new ArrayList<>();
        long n = 0;
        try {
            Iterator<SearchDocument> it = docs.iterator();
            while (it.hasNext()) {
                List<SearchDocument> batch = new ArrayList<>(BATCH);
                while (it.hasNext() && batch.size() < BATCH) {
                    batch.add(it.next());
                }
                n += batch.size();
                inFlight.acquireUninterruptibly();
                pending.add(pool.submit(() -> {
                    try {
                        for (SearchDocument d : batch) {
                            index.upsert(d);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("重建被中断", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return n;
    }

    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("搜索索引追赶失败, 稍后重试: {}", e.toString());
        }
    }

    private SearchSource requireSource() {
        SearchSource s = source.get();
        if (s == null) {
            throw new IllegalStateException("没有 SearchSource 实现, 无法读取试题");
        }
        return s;
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
