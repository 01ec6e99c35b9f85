package org.chancery.archive.index;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * The search index: derived from the store of record, rebuildable from it at any time. Implementations: Lucene
 * on the embedded default; a search cluster later. Writes become visible and durable at {@link #commit}, which
 * also records the store's change sequence number up to which the index is complete (its high-water mark), so
 * that after a crash the archive replays only what came after it.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds the documents, replacing any earlier document of the same id. */
    void put(Collection<IndexDocument> documents);

    /**
     * Adds documents whose ids the index certainly does not hold yet (cables new to the store, numbered above the
     * index's high-water mark), so that the index need not look for a document to replace. A caller that is not
     * sure uses {@link #put}; the default is {@link #put}.
     */
    default void add(Collection<IndexDocument> documents) {
        put(documents);
    }

    /**
     * Writes out, without committing, a buffer of what was put (an index that buffers writes); several threads
     * may call it at once, each writing out a different buffer, so that the commit that follows has less to do on
     * one thread. Returns whether there was a buffer to write out (call again until there is none). The default
     * does nothing.
     */
    default boolean flushBuffered() {
        return false;
    }

    /** Makes everything put so far durable and visible, and records {@code seq} as the high-water mark. */
    void commit(long seq);

    /** The high-water mark of the last commit; 0 for an empty index. */
    long committedSeq();

    /** Removes every document (before a rebuild). */
    void deleteAll();

    /**
     * Searches the index as of the last commit, seeing only what {@link SearchRequest#visibility()} allows: text
     * matching, snippets, subjects, hits, totals and facet counts come from readable portions of visible cables
     * only.
     *
     * @throws org.chancery.archive.query.QuerySyntaxException when the query is malformed (message with column)
     */
    SearchResult search(SearchRequest request);

    /**
     * Streams every cable matching the request's query and visibility (not limited to a page) to {@code sink},
     * in date order (newest first when the request sorts by {@code -date}); returns how many.
     */
    long export(SearchRequest request, Consumer<IndexedCable> sink);

    @Override
    void close();
}
