package org.qbank.bank.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A data source over plain lists standing in for the item tables. Writes inside a Spring transaction become
 * visible only when it commits, as rows would, so tests can check what the index sees before and after commit.
 */
public class InMemorySearchSource implements SearchSource {

    private final Map<Long, SearchDocument> items = new ConcurrentHashMap<>();

    public InMemorySearchSource() {
    }

    public InMemorySearchSource(List<SearchDocument> docs) {
        docs.forEach(d -> items.put(d.itemId(), d));
    }

    public void save(SearchDocument d) {
        afterCommit(() -> items.put(d.itemId(), d));
    }

    public void remove(long itemId) {
        afterCommit(() -> items.remove(itemId));
    }

    private static void afterCommit(Runnable r) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            r.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return Integer.MIN_VALUE; // before the after-commit event listeners read it back
            }

            @Override
            public void afterCommit() {
                r.run();
            }
        });
    }

    @Override
    public Optional<SearchDocument> load(long itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    @Override
    public Stream<SearchDocument> streamAll(long institutionId) {
        return new ArrayList<>(items.values()).stream().filter(d -> d.institutionId() == institutionId);
    }

    @Override
    public Stream<SearchDocument> streamAll() {
        return new ArrayList<>(items.values()).stream();
    }
}
