package org.chancery.archive.index;

import java.util.Collection;

/**
 * The search index: derived from the store of record, rebuildable from it at any time. Implementations: Lucene
 * on the embedded default; a search cluster later. Writes become visible and durable at {@link #commit}, which
 * also records the store's change sequence number up to which the index is complete (its high-water mark), so
 * that after a crash the archive replays only what came after it.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds the documents, replacing any earlier document of the same id. */
    void put(Collection<IndexDocument> documents);

    /** Makes everything put so far durable and visible, and records {@code seq} as the high-water mark. */
    void commit(long seq);

    /** The high-water mark of the last commit; 0 for an empty index. */
    long committedSeq();

    /** Removes every document (before a rebuild). */
    void deleteAll();

    @Override
    void close();
}
