package org.chancery.archive;

import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.audit.SqliteAuditLog;
import org.chancery.archive.declass.CurrentLabels;
import org.chancery.archive.declass.Declassified;
import org.chancery.archive.declass.SqliteDeclassifications;
import org.chancery.archive.index.IndexDocument;
import org.chancery.archive.index.LuceneSearchIndex;
import org.chancery.archive.index.SearchIndex;
import org.chancery.archive.ingest.Ingest;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.ingest.IngestSummary;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.SqliteCableStore;
import org.chancery.archive.store.StoredReference;
import org.chancery.archive.store.StoredVersion;
import org.chancery.archive.store.VersionInfo;
import org.chancery.cable.CableFacts;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.ReferenceKind;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The archive: the store of record and the search index derived from it, kept in one folder ({@code chancery.db}
 * and {@code index/}). Opening it brings the index in line with the store by itself: every change the store
 * committed after the index's high-water mark is replayed, so a crash at any point costs a short catch-up, never
 * a lost or doubled cable.
 */
public final class Archive implements AutoCloseable {

    /** The index lives in this sub-folder of the archive folder. */
    public static final String INDEX_FOLDER = "index";

    /** Cables replayed per store read; the index commits every {@link #COMMIT_PAGES} pages on a long replay. */
    private static final int PAGE = 1_000;
    private static final int COMMIT_PAGES = 50;

    private final CableStore store;
    private final SearchIndex index;
    /**
     * Held from a declassification's store transaction until its cables are in the index, and by every index
     * commit (the index given to ingest commits through it too): a commit's high-water mark never covers a
     * declassification whose cables are not in the index yet.
     */
    private final ReentrantLock indexCommits = new ReentrantLock();
    /**
     * Every change up to this seq is in the index (put, perhaps not committed yet), as far as this archive knows:
     * what {@link #commitIndex} may record. Ingest's own commits move the index's mark on their side.
     */
    private volatile long complete;
    private final AuditLog audit;
    private final SqliteDeclassifications declassifications;
    private final ReentrantLock ingesting = new ReentrantLock();

    /**
     * Takes over the store and the index (closed with the archive) and brings the index up to date. The audit
     * log and the declassification state live in the store of record: with a {@link SqliteCableStore} they are
     * opened in its file; another store must pass them to {@link #Archive(CableStore, SearchIndex, AuditLog,
     * SqliteDeclassifications)}.
     */
    public Archive(CableStore store, SearchIndex index) {
        this(store, index, null, null, true);
    }

    /** The same with the audit log and declassification state given (taken over, closed with the archive). */
    public Archive(CableStore store, SearchIndex index, AuditLog audit, SqliteDeclassifications declassifications) {
        this(store, index, audit, declassifications, true);
    }

    private Archive(CableStore store, SearchIndex index, AuditLog audit, SqliteDeclassifications declassifications,
                    boolean catchUp) {
        this.store = store;
        this.index = new CommitGuardedIndex(index, indexCommits);
        try {
            if (store instanceof SqliteCableStore sqlite) {
                if (audit == null) audit = SqliteAuditLog.open(sqlite.dir());
                if (declassifications == null) declassifications = SqliteDeclassifications.open(sqlite.dir());
            }
        } catch (RuntimeException e) {
            closeAll(audit, declassifications);
            throw e;
        }
        this.audit = audit;
        this.declassifications = declassifications;
        if (!catchUp) return;
        try {
            catchUp();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Opens an existing archive for reading beside a process that may be writing it: the index is opened
     * read-only (no write lock, no catch-up; it answers as of its last commit).
     *
     * @throws IllegalArgumentException when {@code dir} holds no archive
     */
    public static Archive openReadOnly(Path dir) {
        if (!exists(dir)) throw new IllegalArgumentException("no archive in " + dir);
        CableStore store = SqliteCableStore.open(dir);
        SqliteDeclassifications declassifications = null;
        try {
            declassifications = SqliteDeclassifications.open(dir);
            SearchIndex index = LuceneSearchIndex.openReadOnly(dir.resolve(INDEX_FOLDER),
                    new StoredPortions(store, declassifications));
            return new Archive(store, index, null, declassifications, false);
        } catch (RuntimeException e) {
            closeAll(null, declassifications);
            store.close();
            throw e;
        }
    }

    /** Whether {@code dir} holds an archive (its store file). */
    public static boolean exists(Path dir) {
        return java.nio.file.Files.isRegularFile(dir.resolve(SqliteCableStore.FILE_NAME));
    }

    /** Opens (creating when missing) the archive in {@code dir} with the default search index. */
    public static Archive open(Path dir) {
        CableStore store = SqliteCableStore.open(dir);
        SqliteDeclassifications declassifications = null;
        SearchIndex index;
        try {
            declassifications = SqliteDeclassifications.open(dir);
            // The index keeps no body text: snippets read the hits' portions back from this store.
            index = LuceneSearchIndex.open(dir.resolve(INDEX_FOLDER), new StoredPortions(store, declassifications));
        } catch (RuntimeException e) {
            closeAll(null, declassifications);
            store.close();
            throw e;
        }
        return new Archive(store, index, null, declassifications);
    }

    /** Opens the archive in {@code dir} with the index that {@code indexOpener} opens in {@code dir/index}. */
    public static Archive open(Path dir, Function<Path, SearchIndex> indexOpener) {
        CableStore store = SqliteCableStore.open(dir);
        SearchIndex index;
        try {
            index = indexOpener.apply(dir.resolve(INDEX_FOLDER));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return new Archive(store, index);
    }

    public CableStore store() {
        return store;
    }

    public SearchIndex index() {
        return index;
    }

    /**
     * The audit log of the store: every read, search, export, release, declassification and permission change
     * is appended to it. The embedded store's is a {@link SqliteAuditLog} (verify, query).
     */
    public AuditLog audit() {
        if (audit == null) throw new IllegalStateException("this archive has no audit log");
        return audit;
    }

    /** The declassification state: schedule, declassifications, review queue. */
    public SqliteDeclassifications declassifications() {
        if (declassifications == null) throw new IllegalStateException("this archive has no declassification state");
        return declassifications;
    }

    /**
     * The declassification of a cable's current version, if that version has been declassified: the index, the
     * access gate and the public release read it with {@link Declassified#labels} in place of the labels of its
     * markings (through {@link org.chancery.archive.declass.CurrentLabels}), and every rendering shows
     * {@link Declassified#banner}. A declassification of an older version does not govern a newer one.
     */
    public Optional<Declassified> declassification(String id) {
        return declassifications == null ? Optional.empty() : declassifications.declassification(id);
    }

    /** The declassification of one version of a cable, if that version has been declassified. */
    public Optional<Declassified> declassification(String id, int version) {
        return declassifications == null ? Optional.empty() : declassifications.declassification(id, version);
    }

    /**
     * Records these declassifications in the store (one transaction; each takes a number in the store's change
     * sequence) and puts their cables' current versions into the index under them, not committed: call
     * {@link #commitIndex} (every few seconds on a long run, and at the end). A crash before that commit leaves
     * the cables indexed at their markings, the strict side, and the index's mark below the declassifications:
     * the next open replays them (see {@link #catchUp}).
     */
    public void declassify(List<Declassified> batch) {
        if (batch.isEmpty()) return;
        indexCommits.lock();
        try {
            long before = Math.max(complete, index.committedSeq());
            SqliteDeclassifications.Recorded recorded = declassifications().record(batch);
            Set<String> ids = new LinkedHashSet<>();
            for (Declassified d : batch) ids.add(d.cableId());
            putCurrent(ids);
            // contiguous with what is in the index: nobody else stored a change in between
            if (recorded.base() == before) complete = recorded.last();
        } finally {
            indexCommits.unlock();
        }
    }

    /**
     * Puts the current version of these cables into the index. An ingest may store and put a newer version
     * meanwhile: a cable whose current version moved while it was read is put again, so that the older text
     * never replaces the newer one.
     */
    private void putCurrent(Collection<String> ids) {
        Collection<String> todo = ids;
        while (!todo.isEmpty()) {
            List<StoredVersion> versions = new ArrayList<>(todo.size());
            for (String id : todo) store.current(id).ifPresent(versions::add);
            index.put(documents(versions));
            Map<String, Long> now = declassifications().currentSeqs(todo);
            List<String> moved = new ArrayList<>();
            for (StoredVersion v : versions) {
                if (!Long.valueOf(v.info().seq()).equals(now.get(v.info().id()))) moved.add(v.info().id());
            }
            todo = moved;
        }
    }

    /**
     * Commits the index, recording as its high-water mark the seq up to which every change is in it (a
     * declassification run's batches, on top of what the index held). Searches then see what was put.
     */
    public void commitIndex() {
        indexCommits.lock();
        try {
            index.commit(Math.max(complete, index.committedSeq()));
        } finally {
            indexCommits.unlock();
        }
    }

    private List<IndexDocument> documents(List<StoredVersion> versions) {
        Map<String, Declassified> declassified = declassifications == null ? Map.of()
                : declassifications.declassifications(versions.stream().map(v -> v.info().id()).toList());
        // Parsing is the costly part: spread it over the cores.
        return versions.parallelStream()
                .map(v -> {
                    ParsedCable parsed = v.parse();
                    // the version indexed under its own declassification only, never an older version's
                    return IndexDocuments.of(v.info().id(), parsed, CableFacts.of(parsed), v.info().version(),
                            v.info().seq(), CurrentLabels.governing(declassified.get(v.info().id()), v.info().version()));
                })
                .toList();
    }

    /**
     * Replays into the index every change after its high-water mark; returns how many cables were indexed. An
     * index that claims more than the store holds (the store was replaced or restored from a backup) is rebuilt.
     */
    public long catchUp() {
        long mark = index.committedSeq();
        long last = store.lastSeq();
        if (mark == last) return 0;
        if (mark > last) {
            index.deleteAll();
            mark = 0;
        }
        return replay(mark, last);
    }

    /** Rebuilds the index from the store; returns the number of cables indexed. */
    public long reindex() {
        index.deleteAll();
        return replay(0, store.lastSeq());
    }

    private long replay(long after, long last) {
        long count = 0;
        // Declassifications after the mark of cables whose current version is older than the mark: their cables
        // go in again under them (newer versions are replayed below, each under its own declassification). First,
        // so that the commits of the long replay below never claim a declassification not yet put.
        List<String> declassified = declassifications == null ? List.of() : declassifications.declassifiedAfter(after);
        for (int from = 0; from < declassified.size(); from += PAGE) {
            List<StoredVersion> versions = new ArrayList<>(PAGE);
            for (String id : declassified.subList(from, Math.min(declassified.size(), from + PAGE))) {
                store.current(id).ifPresent(versions::add);
            }
            index.put(documents(versions));
            count += versions.size();
        }
        int pages = 0;
        long seq = after;
        while (true) {
            List<StoredVersion> page = store.currentAfter(seq, PAGE);
            if (page.isEmpty()) break;
            List<IndexDocument> documents = documents(page);
            index.put(documents);
            count += documents.size();
            seq = page.get(page.size() - 1).info().seq();
            // Everything up to seq is in the index now (a version superseded before seq is covered by its
            // successor, which comes later and is replayed in turn).
            if (++pages % COMMIT_PAGES == 0) index.commit(Math.min(seq, last));
        }
        index.commit(last);
        complete = last;
        return count;
    }

    /**
     * Ingests cable files, folders and archives of them; see {@link Ingest}. One ingest at a time (releases may
     * arrive on several threads): within a run the versions of a cable reach the index in seq order and a cable
     * new to the store is added without looking for an earlier document, which two overlapping runs could not
     * guarantee (the later version of a cable could be put before the first is added).
     */
    public IngestSummary ingest(List<Path> inputs, IngestOptions options, IngestListener listener) throws java.io.IOException {
        ingesting.lock();
        try {
            return new Ingest(store, index, options, listener).run(inputs);
        } finally {
            ingesting.unlock();
        }
    }

    /** The current version of a cable. */
    public StoredVersion cable(String id) {
        return cable(id, null);
    }

    /** A version of a cable (1-based), or the current one when {@code version} is null. */
    public StoredVersion cable(String id, Integer version) {
        StoredVersion found = (version == null ? store.current(id) : store.version(id, version)).orElse(null);
        if (found == null) throw notFound(id, version);
        return found;
    }

    /** Every version of a cable, oldest first. */
    public List<VersionInfo> versions(String id) {
        List<VersionInfo> versions = store.versions(id);
        if (versions.isEmpty()) throw notFound(id, null);
        return versions;
    }

    /** The unified diff, line by line, of the cable text of two versions of a cable. */
    public String diff(String id, int from, int to) {
        StoredVersion a = cable(id, from);
        StoredVersion b = cable(id, to);
        return LineDiff.unified(id + " version " + from, a.parse().text(), id + " version " + to, b.parse().text());
    }

    /** The references of a cable's current version, resolved against the archive, and the cables citing it. */
    public CableReferences references(String id) {
        StoredVersion cable = cable(id);
        List<StoredReference> references = store.references(cable.info().seq());
        List<String> cited = new ArrayList<>();
        for (StoredReference r : references) {
            if (r.citedId() != null) cited.add(r.citedId());
        }
        Set<String> present = store.present(cited);
        List<ResolvedReference> resolved = new ArrayList<>(references.size());
        for (StoredReference r : references) {
            resolved.add(new ResolvedReference(r, r.citedId() != null && present.contains(r.citedId())));
        }
        return new CableReferences(id, resolved, citingIds(id));
    }

    /**
     * The reference thread of a cable: the closure of "cites" and "cited by" from it, breadth first, each cable
     * once, up to {@code maxDepth} steps (0: no limit). Cited cables that are not in the archive are included
     * and end their branch.
     */
    public List<ThreadNode> thread(String id, int maxDepth) {
        cable(id); // the one way an unknown id is reported
        List<ThreadNode> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ArrayDeque<ThreadNode> queue = new ArrayDeque<>();
        ThreadNode root = new ThreadNode(id, 0, null, ThreadNode.Relation.ROOT, true);
        queue.add(root);
        seen.add(id);
        while (!queue.isEmpty()) {
            ThreadNode node = queue.poll();
            out.add(node);
            if (!node.present() || (maxDepth > 0 && node.depth() >= maxDepth)) continue;
            StoredVersion current = store.current(node.id()).orElseThrow();
            Set<String> cites = new LinkedHashSet<>();
            for (StoredReference r : store.references(current.info().seq())) {
                if (r.kind() == ReferenceKind.CABLE && r.citedId() != null) cites.add(r.citedId());
            }
            Set<String> present = store.present(cites);
            for (String cited : cites) {
                if (seen.add(cited)) {
                    queue.add(new ThreadNode(cited, node.depth() + 1, node.id(), ThreadNode.Relation.CITES,
                            present.contains(cited)));
                }
            }
            for (String citing : citingIds(node.id())) {
                if (seen.add(citing)) {
                    queue.add(new ThreadNode(citing, node.depth() + 1, node.id(), ThreadNode.Relation.CITED_BY, true));
                }
            }
        }
        return out;
    }

    private List<String> citingIds(String id) {
        Set<String> ids = new TreeSet<>();
        for (StoredReference r : store.citedBy(id)) ids.add(r.citingId());
        return new ArrayList<>(ids);
    }

    private static CableNotFoundException notFound(String id, Integer version) {
        return CableNotFoundException.of(id, version);
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            try {
                store.close();
            } finally {
                closeAll(audit, declassifications);
            }
        }
    }

    private static void closeAll(AuditLog audit, SqliteDeclassifications declassifications) {
        try {
            if (audit instanceof AutoCloseable c) c.close();
        } catch (Exception e) {
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        } finally {
            if (declassifications != null) declassifications.close();
        }
    }

    /**
     * The index with its commits taken under {@link #indexCommits}: a declassification's store transaction and
     * its index put are one step for whoever commits (ingest's index thread included).
     */
    private static final class CommitGuardedIndex implements SearchIndex {
        private final SearchIndex index;
        private final ReentrantLock commits;

        CommitGuardedIndex(SearchIndex index, ReentrantLock commits) {
            this.index = index;
            this.commits = commits;
        }

        // Every method of SearchIndex is passed on, defaults included: a default left to the wrapper would silently
        // give up what the index does better (adds without a delete term, buffers written out in parallel).
        @Override
        public void put(Collection<IndexDocument> documents) {
            index.put(documents);
        }

        @Override
        public void add(Collection<IndexDocument> documents) {
            index.add(documents);
        }

        @Override
        public boolean flushBuffered() {
            return index.flushBuffered();
        }

        @Override
        public void commit(long seq) {
            commits.lock();
            try {
                index.commit(seq);
            } finally {
                commits.unlock();
            }
        }

        @Override
        public long committedSeq() {
            return index.committedSeq();
        }

        @Override
        public void deleteAll() {
            index.deleteAll();
        }

        @Override
        public org.chancery.archive.index.SearchResult search(org.chancery.archive.index.SearchRequest request) {
            return index.search(request);
        }

        @Override
        public long export(org.chancery.archive.index.SearchRequest request,
                           Consumer<org.chancery.archive.index.IndexedCable> sink) {
            return index.export(request, sink);
        }

        @Override
        public void close() {
            index.close();
        }
    }
}
