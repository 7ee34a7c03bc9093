package org.qbank.bank.search;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The index beans. Every process can read the index; only a process with {@code qbank.search.writer=true} (the
 * default, meant for the portal) opens the writer and keeps it in step — Lucene allows one writer per directory.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(SearchProperties properties) {
        return properties.writer() ? SearchIndex.openForWriting(properties.dir())
                : SearchIndex.openForReading(properties.dir());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "qbank.search.writer", havingValue = "true", matchIfMissing = true)
    IndexSync indexSync(SearchIndex index, ObjectProvider<SearchSource> source, AuditItemFeed feed) {
        return new IndexSync(index, source::getIfAvailable, feed);
    }

    @Bean
    @ConditionalOnProperty(name = "qbank.search.writer", havingValue = "true", matchIfMissing = true)
    IndexSyncEvents indexSyncEvents(IndexSync sync, SearchProperties properties) {
        return new IndexSyncEvents(sync, properties);
    }

    /** Wires {@link IndexSync} to the application's events. */
    static class IndexSyncEvents {

        private static final Logger log = LoggerFactory.getLogger(IndexSyncEvents.class);

        private final IndexSync sync;
        private final SearchProperties properties;

        IndexSyncEvents(IndexSync sync, SearchProperties properties) {
            this.sync = sync;
            this.properties = properties;
        }

        /** After commit only: a rolled-back change never reaches the index. */
        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
        void onItemChanged(ItemChanged event) {
            try {
                sync.refreshItems(List.of(event.itemId()));
            } catch (RuntimeException e) {
                // The change is committed and in the audit log: the next catch-up applies it.
                log.warn("试题 {} 的索引更新失败, 将由追赶补上: {}", event.itemId(), e.toString());
            }
        }

        @EventListener(ApplicationReadyEvent.class)
        void onReady() {
            sync.start(properties.catchUpDelay());
        }
    }
}
