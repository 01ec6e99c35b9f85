package org.chancery.archive;

import org.chancery.archive.index.IndexDocument;
import org.chancery.archive.index.IndexedCable;
import org.chancery.archive.index.SearchIndex;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.index.SearchResult;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The index contract in memory, for tests: puts are pending until commit, as in a real index; {@link #crash()}
 * drops what was not committed. Counts puts, to tell a replay from a rebuild.
 */
public final class MemoryIndex implements SearchIndex {

    private Map<String, IndexDocument> committed = new HashMap<>();
    private final Map<String, IndexDocument> pending = new HashMap<>();
    private boolean pendingDeleteAll;
    private long committedSeq;
    public long puts;
    /** Of the puts, those made through {@link #add} (ids new to the index). */
    public long adds;
    /** Calls of {@link #flushBuffered}. */
    public int flushes;
    public int commits;
    public boolean closed;

    @Override
    public synchronized void put(Collection<IndexDocument> documents) {
        for (IndexDocument d : documents) pending.put(d.id(), d);
        puts += documents.size();
    }

    @Override
    public synchronized void add(Collection<IndexDocument> documents) {
        for (IndexDocument d : documents) {
            if (pending.containsKey(d.id()) || committed.containsKey(d.id())) {
                throw new IllegalStateException("added an id the index holds: " + d.id());
            }
        }
        put(documents);
        adds += documents.size();
    }

    @Override
    public synchronized boolean flushBuffered() {
        flushes++;
        return false;
    }

    @Override
    public synchronized void commit(long seq) {
        if (pendingDeleteAll) committed = new HashMap<>();
        pendingDeleteAll = false;
        committed.putAll(pending);
        pending.clear();
        committedSeq = seq;
        commits++;
    }

    @Override
    public synchronized long committedSeq() {
        return committedSeq;
    }

    @Override
    public synchronized void deleteAll() {
        pending.clear();
        pendingDeleteAll = true;
    }

    /** Loses everything since the last commit, as a killed process would. */
    public synchronized MemoryIndex crash() {
        pending.clear();
        pendingDeleteAll = false;
        closed = false;
        return this;
    }

    public synchronized Map<String, IndexDocument> documents() {
        return Map.copyOf(committed);
    }

    public synchronized List<String> ids() {
        return new ArrayList<>(committed.keySet());
    }

    @Override
    public SearchResult search(SearchRequest request) {
        throw new UnsupportedOperationException("the memory index does not search");
    }

    @Override
    public long export(SearchRequest request, Consumer<IndexedCable> sink) {
        throw new UnsupportedOperationException("the memory index does not search");
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
