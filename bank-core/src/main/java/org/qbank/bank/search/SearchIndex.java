package org.qbank.bank.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The item index: one {@link IndexWriter} (in the writing process only) and one {@link SearcherManager}. Upserts
 * are keyed by item id. Commits carry the schema {@link IndexField#VERSION} and the audit-log watermark per
 * institution in their user data, so the watermark only advances together with the documents it covers.
 */
public final class SearchIndex implements Closeable {

    private final Directory directory;
    private final IndexWriter writer;
    private volatile SearcherManager manager;
    private volatile boolean needsRebuild;

    private SearchIndex(Directory directory, IndexWriter writer, SearcherManager manager, boolean needsRebuild) {
        this.directory = directory;
        this.writer = writer;
        this.manager = manager;
        this.needsRebuild = needsRebuild;
    }

    /** Opens for writing; an index missing or written under another VERSION is started afresh (empty). */
    static SearchIndex openForWriting(Path dir) {
        try {
            Directory d = FSDirectory.open(dir);
            boolean current = DirectoryReader.indexExists(d)
                    && IndexField.VERSION.equals(SegmentInfos.readLatestCommit(d).getUserData().get(IndexField.VERSION_KEY));
            IndexWriterConfig cfg = new IndexWriterConfig(ItemAnalyzers.index())
                    .setOpenMode(current ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64);
            IndexWriter w = new IndexWriter(d, cfg);
            return new SearchIndex(d, w, new SearcherManager(w, null), !current);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("搜索索引目录 " + dir + " 已被另一个进程写入: 每个目录只能有一个写入进程,"
                    + " 请为本进程设置 qbank.search.writer=false 或另一个 qbank.search.dir", e);
        } catch (IOException e) {
            throw new UncheckedIOException("无法打开搜索索引 " + dir, e);
        }
    }

    /** Opens what the writing process last committed; an absent index reads as empty. */
    static SearchIndex openForReading(Path dir) {
        try {
            Directory d = FSDirectory.open(dir);
            SearcherManager m = DirectoryReader.indexExists(d) ? new SearcherManager(d, null) : null;
            return new SearchIndex(d, null, m, false);
        } catch (IOException e) {
            throw new UncheckedIOException("无法打开搜索索引 " + dir, e);
        }
    }

    /** True when the index was missing or of another schema VERSION when opened and has not been rebuilt. */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    public boolean writable() {
        return writer != null;
    }

    void upsert(SearchDocument d) throws IOException {
        requireWriter().updateDocument(new Term(IndexField.ID.field(), Long.toString(d.itemId())),
                DocumentMapper.toDocument(d));
    }

    void delete(long itemId) throws IOException {
        requireWriter().deleteDocuments(new Term(IndexField.ID.field(), Long.toString(itemId)));
    }

    void deleteInstitution(long institutionId) throws IOException {
        requireWriter().deleteDocuments(new Term(IndexField.INSTITUTION.field(), Long.toString(institutionId)));
    }

    /** Merges the index down to one segment; worth it only after a full rebuild. */
    void forceMerge() throws IOException {
        requireWriter().forceMerge(1);
    }

    void deleteAll() throws IOException {
        requireWriter().deleteAll();
    }

    /** Commits pending changes with the given watermarks merged over (or, if {@code replace}, instead of) the old. */
    synchronized void commit(Map<Long, Long> watermarks, boolean replace) throws IOException {
        Map<String, String> data = replace ? new HashMap<>() : new HashMap<>(writerData());
        data.put(IndexField.VERSION_KEY, IndexField.VERSION);
        watermarks.forEach((inst, seq) -> data.put(IndexField.WATERMARK_PREFIX + inst, Long.toString(seq)));
        requireWriter().setLiveCommitData(data.entrySet());
        writer.commit();
        if (replace) {
            needsRebuild = false;
        }
    }

    /** Last audit-log seq per institution whose item changes are in the committed index. */
    Map<Long, Long> watermarks() {
        Map<Long, Long> out = new HashMap<>();
        writerData().forEach((k, v) -> {
            if (k.startsWith(IndexField.WATERMARK_PREFIX)) {
                out.put(Long.parseLong(k.substring(IndexField.WATERMARK_PREFIX.length())), Long.parseLong(v));
            }
        });
        return out;
    }

    /** Makes changes visible to searches (near-real-time, no commit needed). */
    void refresh() throws IOException {
        if (manager != null) {
            manager.maybeRefreshBlocking();
        }
    }

    /** Runs a read against a current searcher and releases it. */
    <T> T read(SearcherFunction<T> f) {
        try {
            if (manager == null && writer == null) {
                openWhenCommitted();
            }
            if (manager == null) {
                return f.apply(new IndexSearcher(new MultiReader()));
            }
            if (writer == null) {
                manager.maybeRefresh();
            }
            IndexSearcher s = manager.acquire();
            try {
                return f.apply(s);
            } finally {
                manager.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("搜索索引读取失败", e);
        }
    }

    /** A reading process started before the writer's first commit picks the index up once it exists. */
    private synchronized void openWhenCommitted() throws IOException {
        if (manager == null && DirectoryReader.indexExists(directory)) {
            manager = new SearcherManager(directory, null);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (manager != null) {
            manager.close();
        }
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }

    private Map<String, String> writerData() {
        Map<String, String> data = new HashMap<>();
        if (writer != null && writer.getLiveCommitData() != null) {
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    private IndexWriter requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("此进程只读搜索索引 (qbank.search.writer=false)");
        }
        return writer;
    }

    @FunctionalInterface
    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
