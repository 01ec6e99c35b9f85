package org.chancery.archive.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The store of record: every version of every cable, authoritative over the search index. Implementations:
 * {@link SqliteCableStore} (embedded default); a PostgreSQL one later. Writes happen in batches, each one
 * transaction; every stored version gets a change sequence number ({@code seq}) greater than all before it, which
 * is what the index's high-water mark refers to.
 */
public interface CableStore extends AutoCloseable {

    /**
     * Stores the versions in one transaction, in order, and returns one outcome per version. A version whose text
     * is already stored for its id changes nothing; a new text for a known id becomes its next version.
     */
    List<WriteOutcome> write(List<NewVersion> versions);

    /** The current (latest) version of a cable. */
    Optional<StoredVersion> current(String id);

    /** A given version (1-based) of a cable. */
    Optional<StoredVersion> version(String id, int version);

    /** Every version of a cable, oldest first; empty when the id is unknown. */
    List<VersionInfo> versions(String id);

    /** The references of a stored version, in order. */
    List<StoredReference> references(long seq);

    /** The references, in the current versions of other cables, that cite {@code id}, by citing id. */
    List<StoredReference> citedBy(String id);

    /** Which of these ids the store holds. */
    Set<String> present(Collection<String> ids);

    /**
     * Current versions with {@code seq > afterSeq}, by ascending seq, at most {@code limit}: the changes the index
     * has not seen. A version that has since been superseded is left out (its successor comes later).
     */
    List<StoredVersion> currentAfter(long afterSeq, int limit);

    /**
     * The highest seq committed, of a version or of a declassification (they share the change sequence); 0 for an
     * empty store.
     */
    long lastSeq();

    /** The number of cables (not versions). */
    long cableCount();

    /** The number of versions of all cables. */
    long versionCount();

    @Override
    void close();
}
